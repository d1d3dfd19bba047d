package org.compact.dispute.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/** Review years start on a configured day (1 April by default) and are named by that year. */
public record ReviewYears(MonthDay start) {

  public static ReviewYears parse(String monthDay) {
    return new ReviewYears(MonthDay.parse("--" + monthDay));
  }

  /** The review year (its starting calendar year) containing {@code date}. */
  public int yearOf(LocalDate date) {
    LocalDate startThisYear = start.atYear(date.getYear());
    return date.isBefore(startThisYear) ? date.getYear() - 1 : date.getYear();
  }

  public LocalDate firstDay(int reviewYear) {
    return start.atYear(reviewYear);
  }

  public LocalDate lastDay(int reviewYear) {
    return start.atYear(reviewYear + 1).minusDays(1);
  }
}
