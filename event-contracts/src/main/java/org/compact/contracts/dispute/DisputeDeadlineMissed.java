package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** Emitted once per case and deadline by the scheduled check. */
public record DisputeDeadlineMissed(
    UUID disputeId, DeadlineKind deadlineKind, LocalDate deadline, LocalDate detectedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
