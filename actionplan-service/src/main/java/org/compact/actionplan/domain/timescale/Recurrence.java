package org.compact.actionplan.domain.timescale;

import java.time.Period;

/** How often a recurring action falls due, counted from the plan period start. */
public enum Recurrence {
  MONTHLY(Period.ofMonths(1)),
  QUARTERLY(Period.ofMonths(3)),
  SIX_MONTHLY(Period.ofMonths(6)),
  ANNUALLY(Period.ofYears(1));

  private final Period interval;

  Recurrence(Period interval) {
    this.interval = interval;
  }

  public Period interval() {
    return interval;
  }
}
