package org.compact.reporting.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * A review year: twelve months from the configured start month (April by default, the council
 * financial year). Identified by the calendar year it starts in: 2024 with April = 1 April 2024 to
 * 31 March 2025, labelled "2024-25".
 */
public record ReviewYear(int startYear, int startMonth) {
  public ReviewYear {
    if (startMonth < 1 || startMonth > 12) {
      throw new IllegalArgumentException("review year start month must be 1-12: " + startMonth);
    }
  }

  /** The review year a business date counts in. */
  public static ReviewYear containing(LocalDate date, int startMonth) {
    int year = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
    return new ReviewYear(year, startMonth);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.of(startMonth), 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusYears(1).minusDays(1);
  }

  public boolean contains(LocalDate date) {
    return date != null && !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** True when {@code date} is on or before the year's last day (state "at year end"). */
  public boolean byYearEnd(LocalDate date) {
    return date != null && !date.isAfter(lastDay());
  }

  public ReviewYear previous() {
    return new ReviewYear(startYear - 1, startMonth);
  }

  /** "2024-25" for a year spanning two calendar years, "2024" for a January start. */
  public String label() {
    if (startMonth == 1) {
      return Integer.toString(startYear);
    }
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}
