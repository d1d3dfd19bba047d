package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** {@code receivedOn} is the referral receipt date R, set from stage 2 on (null before). */
public record DisputeStageAdvanced(
    UUID disputeId, String fromStage, String toStage, LocalDate advancedOn, LocalDate receivedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
