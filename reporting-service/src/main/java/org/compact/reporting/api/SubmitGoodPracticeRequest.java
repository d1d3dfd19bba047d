package org.compact.reporting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An example of where the Compact worked well, for the annual report")
public record SubmitGoodPracticeRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Joint consultation on the community plan")
        String title,
    @NotBlank
        @Size(max = 5000)
        @Schema(
            example =
                "The council and the CVS planned the consultation together and gave 12 weeks.")
        String description,
    @NotNull
        @Schema(
            description = "When it happened (London date); decides the review year",
            example = "2024-06-15")
        LocalDate occurredOn) {}
