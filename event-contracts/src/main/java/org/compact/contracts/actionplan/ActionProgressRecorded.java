package org.compact.contracts.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** A progress note was appended; the note and its author stay in the service. */
public record ActionProgressRecorded(
    UUID actionId, UUID planId, UUID progressId, LocalDate recordedOn, ActionStatus status)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return actionId.toString();
  }
}
