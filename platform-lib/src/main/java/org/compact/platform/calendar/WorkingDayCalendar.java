package org.compact.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts days for deadlines: calendar days, or working days (Monday to Friday, not an
 * England-and-Wales bank holiday), optionally not counting days on which a clock was stopped. Pure:
 * the bank holidays are given, so rules are testable without a container.
 */
public final class WorkingDayCalendar {
  private static volatile WorkingDayCalendar bundled;

  private final BankHolidays holidays;

  public WorkingDayCalendar(BankHolidays holidays) {
    this.holidays = holidays;
  }

  /** The calendar of the bank holiday file shipped in platform-lib. */
  public static WorkingDayCalendar bundled() {
    WorkingDayCalendar calendar = bundled;
    if (calendar == null) {
      calendar = new WorkingDayCalendar(BankHolidayFile.bundled());
      bundled = calendar;
    }
    return calendar;
  }

  public BankHolidays bankHolidays() {
    return holidays;
  }

  public static boolean isWeekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  public Optional<BankHoliday> bankHoliday(LocalDate day) {
    return holidays.on(day);
  }

  public boolean isWorkingDay(LocalDate day) {
    return !isWeekend(day) && holidays.on(day).isEmpty();
  }

  /** {@code days} counted days after {@code start}, nothing paused. */
  public DeadlineComputation deadline(String startName, LocalDate start, int days, DayCount count) {
    return deadline(startName, start, days, count, List.of());
  }

  /**
   * The day on which the {@code days}-th counted day after {@code start} falls. A day inside one of
   * {@code paused} never counts; with {@link DayCount#WORKING} neither do weekends and bank
   * holidays. Zero days is the start date itself.
   */
  public DeadlineComputation deadline(
      String startName, LocalDate start, int days, DayCount count, List<DateRange> paused) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    List<DateRange> pausedRuns = new ArrayList<>();
    List<DateRange> weekendRuns = new ArrayList<>();
    List<BankHoliday> skippedHolidays = new ArrayList<>();
    LocalDate firstUncovered = null;
    LocalDate day = start;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      LocalDate current = day;
      if (paused.stream().anyMatch(p -> p.contains(current))) {
        addToRuns(pausedRuns, day);
        continue;
      }
      if (count == DayCount.WORKING) {
        if (isWeekend(day)) {
          addToRuns(weekendRuns, day);
          continue;
        }
        if (!holidays.covers(day)) {
          firstUncovered = firstUncovered == null ? day : firstUncovered;
        } else {
          Optional<BankHoliday> holiday = holidays.on(day);
          if (holiday.isPresent()) {
            skippedHolidays.add(holiday.get());
            continue;
          }
        }
      }
      counted++;
    }
    List<String> warnings =
        firstUncovered == null ? List.of() : List.of(uncoveredWarning(firstUncovered));
    return new DeadlineComputation(
        count, startName, start, days, day, pausedRuns, weekendRuns, skippedHolidays, warnings);
  }

  /**
   * Counted days after {@code from} up to and including {@code to} (calendar days: {@code to -
   * from}); negative when {@code to} is before {@code from}.
   */
  public long daysBetween(LocalDate from, LocalDate to, DayCount count) {
    if (to.isBefore(from)) {
      return -daysBetween(to, from, count);
    }
    if (count == DayCount.CALENDAR) {
      return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }
    long n = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        n++;
      }
    }
    return n;
  }

  private String uncoveredWarning(LocalDate day) {
    return "no bank holiday data for "
        + day
        + ": the bank holiday file (published "
        + holidays.published()
        + ") covers "
        + holidays.validFrom()
        + " to "
        + holidays.validUntil()
        + ", so only weekends were skipped outside it";
  }

  private static void addToRuns(List<DateRange> runs, LocalDate day) {
    int last = runs.size() - 1;
    if (last >= 0 && runs.get(last).to().plusDays(1).equals(day)) {
      runs.set(last, runs.get(last).extendedTo(day));
    } else {
      runs.add(DateRange.of(day));
    }
  }
}
