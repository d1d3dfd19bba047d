package org.compact.dispute.domain;

public enum DeadlineState {
  /** Not yet met; the deadline day has not passed. */
  PENDING,
  /** Met on or before the deadline day. */
  MET,
  /** Met after the deadline day, or still unmet after it. */
  MISSED,
  /** The case ended before the deadline, so it no longer applies. */
  NOT_NEEDED
}
