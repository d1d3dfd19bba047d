package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** {@code commitments} are references into the Codes of Practice catalogue. */
public record DisputeOpened(
    UUID disputeId,
    String procedure,
    String stage,
    List<PartyRef> parties,
    List<String> commitments,
    boolean breachHappened,
    LocalDate openedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
