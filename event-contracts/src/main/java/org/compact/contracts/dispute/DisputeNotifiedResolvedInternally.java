package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** A difference resolved inside an organisation's own procedure, notified to the steering group. */
public record DisputeNotifiedResolvedInternally(
    UUID disputeId, List<PartyRef> parties, LocalDate resolvedOn, LocalDate notifiedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
