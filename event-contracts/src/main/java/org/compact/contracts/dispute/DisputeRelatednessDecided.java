package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record DisputeRelatednessDecided(UUID disputeId, Relatedness decision, LocalDate decidedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
