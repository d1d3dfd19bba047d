package org.compact.contracts.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** A new organisation on the register, as PROSPECT (or directly SIGNED when imported so). */
public record SignatoryRegistered(
    UUID signatoryId,
    String name,
    String sector,
    String kind,
    String area,
    String status,
    LocalDate registeredOn,
    List<Identifier> identifiers)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return signatoryId.toString();
  }
}
