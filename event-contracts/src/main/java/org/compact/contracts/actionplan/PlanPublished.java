package org.compact.contracts.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record PlanPublished(
    UUID planId, String title, String period, LocalDate adoptedOn, LocalDate publishedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return planId.toString();
  }
}
