package org.compact.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BulkResultRequest",
    description = "Several results in one request (at most 100); each item is judged on its own")
public record BulkResultRequest(@NotEmpty List<Item> items) {

  @Schema(name = "BulkResultItem")
  public record Item(
      @NotNull @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID consultationId,
      @NotNull @Valid ResultRequest result) {}
}
