package org.compact.contracts.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** A withdrawn organisation signed again ("re-sign"). */
public record SignatoryResigned(
    UUID signatoryId, String sector, LocalDate signedOn, List<String> codesOfPractice)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return signatoryId.toString();
  }
}
