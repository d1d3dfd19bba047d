package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record DisputeClosed(
    UUID disputeId,
    DisputeOutcome outcome,
    String stageReached,
    LocalDate openedOn,
    LocalDate closedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
