package org.compact.contracts.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** The organisation signed the Compact on {@code signedOn}, committing to every code listed. */
public record SignatorySigned(
    UUID signatoryId,
    String name,
    String sector,
    String kind,
    LocalDate signedOn,
    List<String> codesOfPractice)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return signatoryId.toString();
  }
}
