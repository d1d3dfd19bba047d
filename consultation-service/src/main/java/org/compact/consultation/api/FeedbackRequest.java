package org.compact.consultation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.compact.consultation.domain.Audience;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackRequest", description = "Feedback given to those who were consulted")
public record FeedbackRequest(
    @Schema(description = "Defaults to today (Europe/London)", example = "2009-07-20")
        LocalDate givenOn,
    @NotNull @Schema(example = "CITIZENS_PANEL") Audience audience,
    @NotBlank @Size(max = 200) @Schema(example = "Letter to panel members") String channel,
    @NotBlank
        @Size(max = 5000)
        @Schema(example = "Key results of the local priorities consultation and what happens next")
        String summary,
    @Min(0) @Schema(description = "How many were reached, when known", example = "1000")
        Integer reached) {}
