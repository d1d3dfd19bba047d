package org.compact.contracts.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** {@code dueDate} is the parsed timescale's (first) due date, null when ongoing or unparsed. */
public record ActionCreated(
    UUID actionId,
    UUID planId,
    Priority priority,
    ActionStatus status,
    String timescale,
    LocalDate dueDate,
    List<UUID> leadSignatoryIds,
    LocalDate createdOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return actionId.toString();
  }
}
