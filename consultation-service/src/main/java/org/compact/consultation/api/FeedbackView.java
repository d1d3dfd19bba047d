package org.compact.consultation.api;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.FeedbackRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Feedback", description = "Feedback given to those who were consulted")
public record FeedbackView(
    @Schema(example = "a3c2b1d0-1111-4222-8333-944455556666") UUID id,
    @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID consultationId,
    @Schema(example = "2009-07-20") LocalDate givenOn,
    @Schema(example = "CITIZENS_PANEL") Audience audience,
    @Schema(example = "Letter to panel members") String channel,
    @Schema(example = "Key results and what happens next") String summary,
    @Schema(example = "1000") Integer reached) {

  static FeedbackView of(FeedbackRecord record) {
    return new FeedbackView(
        record.id,
        record.consultationId,
        record.givenOn,
        record.audience,
        record.channel,
        record.summary,
        record.reached);
  }
}
