package org.compact.contracts.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** Emitted once per action and due date by the daily sweep. */
public record ActionOverdue(
    UUID actionId,
    UUID planId,
    LocalDate dueDate,
    LocalDate detectedOn,
    ActionStatus status,
    Priority priority)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return actionId.toString();
  }
}
