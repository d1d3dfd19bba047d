package org.compact.contracts.consultation;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record ConsultationOpened(
    UUID consultationId,
    UUID ownerId,
    String status,
    ConsultationDetails details,
    LeadIn leadIn,
    LocalDate openedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return consultationId.toString();
  }
}
