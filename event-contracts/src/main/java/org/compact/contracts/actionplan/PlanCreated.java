package org.compact.contracts.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record PlanCreated(UUID planId, String title, String period, LocalDate createdOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return planId.toString();
  }
}
