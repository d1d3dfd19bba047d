package org.compact.contracts.consultation;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** A result pushed by a council system or compact-admin; {@code firstResult} moved the status. */
public record ConsultationResultsPublished(
    UUID consultationId,
    UUID ownerId,
    String status,
    ConsultationDetails details,
    LeadIn leadIn,
    UUID resultId,
    String externalRef,
    LocalDate publishedOn,
    int responseCount,
    boolean firstResult)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return consultationId.toString();
  }
}
