package org.compact.contracts.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/**
 * A completion is this event with {@code to = COMPLETED} and {@code completedOn}; never a second
 * event.
 */
public record ActionStatusChanged(
    UUID actionId,
    UUID planId,
    ActionStatus from,
    ActionStatus to,
    LocalDate changedOn,
    LocalDate completedOn,
    Priority priority)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return actionId.toString();
  }
}
