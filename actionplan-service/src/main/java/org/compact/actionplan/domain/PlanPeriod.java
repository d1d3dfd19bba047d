package org.compact.actionplan.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan period as the seeds write it: "2009-10", "2009/10", "2009-2010" or "2009". It starts on
 * the configured first day of the (financial) year in its first year: 2009-10 → 1 April 2009.
 */
public final class PlanPeriod {
  public static final String PATTERN = "^((?:19|20)\\d{2})(?:\\s*[-/]\\s*(\\d{2}|\\d{4}))?$";
  private static final Pattern FORMAT = Pattern.compile(PATTERN);

  private PlanPeriod() {}

  public static boolean isWellFormed(String period) {
    return period != null && FORMAT.matcher(period.trim()).matches();
  }

  /** True when the second year (if any) follows the first, within ten years. */
  public static boolean isConsistent(String period) {
    Matcher m = FORMAT.matcher(period.trim());
    if (!m.matches()) {
      return false;
    }
    if (m.group(2) == null) {
      return true;
    }
    int first = Integer.parseInt(m.group(1));
    int last = lastYear(first, m.group(2));
    return last > first && last - first <= 10;
  }

  public static Optional<LocalDate> start(String period, MonthDay yearStart) {
    if (period == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(period.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(yearStart.atYear(Integer.parseInt(m.group(1))));
  }

  /** Finds a period in a title such as "Consultation Strategy Action Plan 2009-2010" → 2009-10. */
  public static Optional<String> findIn(String title) {
    Matcher m =
        Pattern.compile("\\b((?:19|20)\\d{2})\\s*[-/]\\s*(\\d{4}|\\d{2})\\b").matcher(title);
    if (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int last = lastYear(first, m.group(2));
      if (last > first && last - first <= 10) {
        return Optional.of(first + "-" + String.format("%02d", last % 100));
      }
    }
    return Optional.empty();
  }

  private static int lastYear(int first, String second) {
    if (second.length() == 4) {
      return Integer.parseInt(second);
    }
    int candidate = first / 100 * 100 + Integer.parseInt(second);
    return candidate < first ? candidate + 100 : candidate;
  }
}
