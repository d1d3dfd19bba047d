package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** Panel members are confidential: only their count travels. */
public record DisputePanelConvened(
    UUID disputeId,
    LocalDate receivedOn,
    LocalDate convenedOn,
    LocalDate deadline,
    boolean onTime,
    int memberCount)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
