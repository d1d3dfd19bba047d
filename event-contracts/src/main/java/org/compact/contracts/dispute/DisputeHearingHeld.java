package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record DisputeHearingHeld(
    UUID disputeId, LocalDate heldOn, LocalDate deadline, boolean onTime) implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
