package org.compact.dispute.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are days in Europe/London: a deadline day ends at midnight London time. */
public final class BusinessDates {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private BusinessDates() {}

  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, LONDON);
  }
}
