package org.compact.contracts.signatory;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

public record SignatoryWithdrawn(
    UUID signatoryId, String sector, LocalDate withdrawnOn, String reason) implements EventPayload {
  @Override
  public String aggregateId() {
    return signatoryId.toString();
  }
}
