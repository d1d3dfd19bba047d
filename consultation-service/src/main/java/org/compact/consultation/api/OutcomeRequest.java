package org.compact.consultation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.compact.consultation.domain.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeRequest", description = "\"You said, we did\" for a consultation")
public record OutcomeRequest(
    @NotBlank
        @Size(max = 5000)
        @Schema(
            example = "Residents asked for cleaner streets and more activities for young people")
        String heard,
    @NotBlank
        @Size(max = 5000)
        @Schema(example = "Street cleansing budget raised by 5%; two new youth clubs funded")
        String decided,
    @NotBlank
        @Size(max = 2000)
        @Schema(
            example = "Letter to every Citizens' Panel member; article in the residents' magazine")
        String howParticipantsTold,
    @Schema(description = "Defaults to today (Europe/London)", example = "2009-07-15")
        LocalDate publishedOn) {

  Outcome toDomain() {
    return new Outcome(heard.strip(), decided.strip(), howParticipantsTold.strip(), publishedOn);
  }
}
