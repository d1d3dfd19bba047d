package org.compact.contracts.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** Public details of an organisation changed (never personal contact data). */
public record SignatoryUpdated(
    UUID signatoryId,
    String name,
    String sector,
    String kind,
    String area,
    LocalDate updatedOn,
    List<Identifier> identifiers)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return signatoryId.toString();
  }
}
