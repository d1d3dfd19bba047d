package org.compact.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are London dates: a day ends at midnight Europe/London (GMT or BST). */
public final class BusinessDates {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private BusinessDates() {}

  /** The London date of an instant, used only when a payload lacks its business date. */
  public static LocalDate londonDate(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, LONDON);
  }

  /** The payload's business date, else the London date the event occurred (never receipt time). */
  public static LocalDate orOccurred(LocalDate businessDate, Instant occurredAt) {
    return businessDate != null ? businessDate : londonDate(occurredAt);
  }
}
