package org.compact.consultation.api;

import java.time.LocalDate;
import org.compact.consultation.domain.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Outcome", description = "\"You said, we did\"")
public record OutcomeView(
    @Schema(
            description = "What was heard",
            example = "Residents asked for cleaner streets and more activities for young people")
        String heard,
    @Schema(
            description = "What was decided",
            example = "Street cleansing budget raised by 5%; two new youth clubs funded")
        String decided,
    @Schema(
            description = "How participants were told",
            example = "Letter to every Citizens' Panel member; article in the residents' magazine")
        String howParticipantsTold,
    @Schema(example = "2009-07-15") LocalDate publishedOn) {

  static OutcomeView of(Outcome outcome) {
    return new OutcomeView(
        outcome.heard, outcome.decided, outcome.howParticipantsTold, outcome.publishedOn);
  }
}
