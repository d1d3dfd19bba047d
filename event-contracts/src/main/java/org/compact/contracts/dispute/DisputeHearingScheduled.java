package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** {@code late}: the hearing date is after its deadline (a reason was recorded in the service). */
public record DisputeHearingScheduled(
    UUID disputeId, LocalDate hearingOn, LocalDate deadline, boolean late, LocalDate scheduledOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
