package org.compact.platform.calendar;

import java.time.LocalDate;

/** One bank holiday as GOV.UK lists it, e.g. 2025-04-18 "Good Friday". */
public record BankHoliday(LocalDate date, String title, String notes) {
  @Override
  public String toString() {
    return date + " " + title;
  }
}
