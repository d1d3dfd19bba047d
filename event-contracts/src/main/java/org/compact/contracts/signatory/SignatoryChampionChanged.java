package org.compact.contracts.signatory;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** Whether the organisation has a Compact Champion changed; the champion is not named. */
public record SignatoryChampionChanged(
    UUID signatoryId, String sector, boolean hasChampion, LocalDate changedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return signatoryId.toString();
  }
}
