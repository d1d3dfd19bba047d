package org.compact.consultation.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelRequest", description = "Cancels a PLANNED or OPEN consultation")
public record CancelRequest(
    @Size(max = 2000)
        @Schema(description = "Required (422 without)", example = "Merged into the Place Survey")
        String reason) {}
