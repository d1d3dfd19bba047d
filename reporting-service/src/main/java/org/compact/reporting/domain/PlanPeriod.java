package org.compact.reporting.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a plan period covers, as plans write it ("2009-10", "2009/10", "2009-2012", "2009"; the
 * format actionplan-service accepts): from the review year's start in its first year to the day
 * before that start in its last year; a single year covers one review year.
 */
public record PlanPeriod(LocalDate from, LocalDate to) {
  private static final Pattern FORMAT =
      Pattern.compile("^((?:19|20)\\d{2})(?:\\s*[-/]\\s*(\\d{2}|\\d{4}))?$");

  public static Optional<PlanPeriod> parse(String period, MonthDay yearStart) {
    if (period == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(period.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int last = m.group(2) == null ? first + 1 : lastYear(first, m.group(2));
    if (last <= first) {
      return Optional.empty();
    }
    return Optional.of(
        new PlanPeriod(yearStart.atYear(first), yearStart.atYear(last).minusDays(1)));
  }

  private static int lastYear(int first, String second) {
    if (second.length() == 4) {
      return Integer.parseInt(second);
    }
    int candidate = first / 100 * 100 + Integer.parseInt(second);
    return candidate < first ? candidate + 100 : candidate;
  }

  /** True when the period and {@code first}..{@code last} share at least one day. */
  public boolean overlaps(LocalDate first, LocalDate last) {
    return !from.isAfter(last) && !to.isBefore(first);
  }
}
