package org.compact.dispute.domain;

import java.time.LocalDate;

/**
 * When a case's clock was stopped: from {@code stoppedOn} (not counted) until {@code resumedOn}
 * (counted again); {@code resumedOn} is null while it is still stopped.
 */
public record ClockPeriod(LocalDate stoppedOn, LocalDate resumedOn) {
  public boolean isRunning() {
    return resumedOn == null;
  }
}
