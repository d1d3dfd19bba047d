package org.compact.contracts.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record ActionUpdated(
    UUID actionId,
    UUID planId,
    Priority priority,
    ActionStatus status,
    String timescale,
    LocalDate dueDate,
    List<UUID> leadSignatoryIds,
    LocalDate updatedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return actionId.toString();
  }
}
