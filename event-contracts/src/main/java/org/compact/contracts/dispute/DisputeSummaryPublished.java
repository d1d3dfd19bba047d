package org.compact.contracts.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventPayload;

/** The chair's anonymised summary, approved by compact-admin for the annual report. */
public record DisputeSummaryPublished(
    UUID disputeId,
    String summary,
    String lessonsLearned,
    List<String> recommendations,
    DisputeOutcome outcome,
    LocalDate publishedOn)
    implements EventPayload {
  @Override
  public String aggregateId() {
    return disputeId.toString();
  }
}
