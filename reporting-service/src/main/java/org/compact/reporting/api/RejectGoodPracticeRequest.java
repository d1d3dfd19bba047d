package org.compact.reporting.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why an example is not taken into the report")
public record RejectGoodPracticeRequest(
    @Size(max = 2000)
        @Schema(
            description = "Required (422 when blank)",
            example = "Please describe what the Compact changed")
        String reason) {}
