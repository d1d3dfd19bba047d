package org.compact.contracts.consultation;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** "You said, we did" was published. */
public record ConsultationOutcomePublished(
    UUID consultationId,
    UUID ownerId,
    String status,
    ConsultationDetails details,
    LeadIn leadIn,
    LocalDate publishedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return consultationId.toString();
  }
}
