package org.compact.consultation.api;

import java.util.List;
import java.util.UUID;
import org.compact.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkResultResponse", description = "What happened to each item, in request order")
public record BulkResultResponse(
    List<ItemOutcome> items,
    @Schema(example = "2") int created,
    @Schema(example = "1") int unchanged,
    @Schema(example = "1") int failed) {

  /** CREATED (201), UNCHANGED (200: same body as before) or REJECTED (the problem's status). */
  public enum Outcome {
    CREATED,
    UNCHANGED,
    REJECTED
  }

  @Schema(name = "BulkResultItemOutcome")
  public record ItemOutcome(
      @Schema(description = "0-based position in the request", example = "0") int index,
      @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID consultationId,
      @Schema(example = "SDDC-C-2009-014") String externalRef,
      @Schema(description = "The status a single push would have returned", example = "201")
          int status,
      Outcome outcome,
      ResultView result,
      Problem problem) {}

  static BulkResultResponse of(List<ItemOutcome> items) {
    int created = 0;
    int unchanged = 0;
    int failed = 0;
    for (ItemOutcome item : items) {
      switch (item.outcome()) {
        case CREATED -> created++;
        case UNCHANGED -> unchanged++;
        case REJECTED -> failed++;
      }
    }
    return new BulkResultResponse(items, created, unchanged, failed);
  }
}
