package org.compact.platform.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A review year of the Compact: twelve months from the configured start day ({@code
 * CompactConfig.reviewYearStart}, 1 April by default, the council financial year), identified by
 * the calendar year it starts in: 2024 with 1 April = 1 April 2024 to 31 March 2025, "2024-25".
 */
public record ReviewYear(int startYear, MonthDay start) {
  public ReviewYear {
    Objects.requireNonNull(start, "review year start");
  }

  /** The review year a business date counts in. */
  public static ReviewYear containing(LocalDate date, MonthDay start) {
    int year = date.isBefore(start.atYear(date.getYear())) ? date.getYear() - 1 : date.getYear();
    return new ReviewYear(year, start);
  }

  public LocalDate firstDay() {
    return start.atYear(startYear);
  }

  public LocalDate lastDay() {
    return start.atYear(startYear + 1).minusDays(1);
  }

  public boolean contains(LocalDate date) {
    return date != null && !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** True when {@code date} is on or before the year's last day (state "at year end"). */
  public boolean byYearEnd(LocalDate date) {
    return date != null && !date.isAfter(lastDay());
  }

  public ReviewYear previous() {
    return new ReviewYear(startYear - 1, start);
  }

  /** "2024-25" for a year spanning two calendar years, "2024" for a 1 January start. */
  public String label() {
    if (firstDay().getYear() == lastDay().getYear()) {
      return Integer.toString(startYear);
    }
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}
