package org.compact.consultation.domain;

/**
 * PLANNED → OPEN → CLOSED → RESULTS_PUBLISHED → OUTCOME_PUBLISHED, or CANCELLED (from PLANNED or
 * OPEN). The dates move PLANNED → OPEN → CLOSED; the other steps are actions.
 */
public enum ConsultationStatus {
  PLANNED,
  OPEN,
  CLOSED,
  RESULTS_PUBLISHED,
  OUTCOME_PUBLISHED,
  CANCELLED;

  /** Responses are no longer taken: results may be pushed. */
  public boolean hasClosed() {
    return this == CLOSED || this == RESULTS_PUBLISHED || this == OUTCOME_PUBLISHED;
  }

  /** The consultation's details and dates may still be revised or it may be cancelled. */
  public boolean isUpcomingOrRunning() {
    return this == PLANNED || this == OPEN;
  }
}
