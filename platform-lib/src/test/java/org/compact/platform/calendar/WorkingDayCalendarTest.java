package org.compact.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting deadline days on the bundled England-and-Wales calendar. */
class WorkingDayCalendarTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void calendarDaysCountEveryDayIncludingWeekendsAndHolidays() {
    DeadlineComputation d =
        calendar.deadline("receivedOn", date("2025-04-10"), 14, DayCount.CALENDAR);
    assertThat(d.dueOn()).isEqualTo(date("2025-04-24"));
    assertThat(d.skippedHolidays()).isEmpty();
    assertThat(d.skippedWeekends()).isEmpty();
    assertThat(d.explanation()).isEqualTo("14 calendar days after receivedOn 2025-04-10");
  }

  @Test
  void workingDaysSkipWeekends() {
    DeadlineComputation d =
        calendar.deadline("receivedOn", date("2025-01-06"), 10, DayCount.WORKING);
    assertThat(d.dueOn()).isEqualTo(date("2025-01-20"));
    assertThat(d.skippedWeekends())
        .containsExactly(
            new DateRange(date("2025-01-11"), date("2025-01-12")),
            new DateRange(date("2025-01-18"), date("2025-01-19")));
    assertThat(d.skippedWeekendDays()).isEqualTo(4);
    assertThat(d.explanation())
        .isEqualTo(
            "10 working days after receivedOn 2025-01-06, skipping 2025-01-11..12 weekend,"
                + " 2025-01-18..19 weekend");
  }

  @Test
  void workingDaysSkipEasterMondayAndGoodFriday() {
    // Thursday 17 April 2025; Good Friday 18th, the weekend, Easter Monday 21st
    DeadlineComputation d = calendar.deadline(null, date("2025-04-17"), 2, DayCount.WORKING);
    assertThat(d.dueOn()).isEqualTo(date("2025-04-23"));
    assertThat(d.skippedHolidays())
        .extracting(BankHoliday::date, BankHoliday::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(date("2025-04-18"), "Good Friday"),
            org.assertj.core.groups.Tuple.tuple(date("2025-04-21"), "Easter Monday"));
    assertThat(d.explanation())
        .isEqualTo(
            "2 working days after 2025-04-17, skipping 2025-04-18 Good Friday, 2025-04-19..20"
                + " weekend, 2025-04-21 Easter Monday");
  }

  @Test
  void theDueDateIsTheLastCountedDayNeverASkippedOne() {
    // 1 working day after Friday 2025-12-19 is Monday 22nd; 4 after is Monday 29th:
    // Christmas Day and Boxing Day (Thu, Fri) and the weekend are skipped
    assertThat(calendar.deadline(null, date("2025-12-19"), 1, DayCount.WORKING).dueOn())
        .isEqualTo(date("2025-12-22"));
    assertThat(calendar.deadline(null, date("2025-12-19"), 4, DayCount.WORKING).dueOn())
        .isEqualTo(date("2025-12-29"));
  }

  @Test
  void zeroDaysIsTheStartDateItself() {
    assertThat(calendar.deadline(null, date("2025-01-11"), 0, DayCount.WORKING).dueOn())
        .isEqualTo(date("2025-01-11"));
    assertThatThrownBy(() -> calendar.deadline(null, date("2025-01-11"), -1, DayCount.CALENDAR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stoppedClockDaysAreNotCounted() {
    // 14 calendar days after 1 May; the clock stopped 6..10 May (5 days): due 20 May
    DeadlineComputation d =
        calendar.deadline(
            "receivedOn",
            date("2025-05-01"),
            14,
            DayCount.CALENDAR,
            List.of(new DateRange(date("2025-05-06"), date("2025-05-10"))));
    assertThat(d.dueOn()).isEqualTo(date("2025-05-20"));
    assertThat(d.pausedDays()).isEqualTo(5);
    assertThat(d.explanation())
        .isEqualTo(
            "14 calendar days after receivedOn 2025-05-01, skipping 2025-05-06..10 clock stopped");
  }

  @Test
  void aStoppedClockOverAWeekendCountsThoseDaysOnceAsStopped() {
    // Working days after Monday 2025-01-06; clock stopped Friday 10th to Monday 13th
    DeadlineComputation d =
        calendar.deadline(
            null,
            date("2025-01-06"),
            5,
            DayCount.WORKING,
            List.of(new DateRange(date("2025-01-10"), date("2025-01-13"))));
    // counted: 7, 8, 9, (10..13 stopped), 14, 15
    assertThat(d.dueOn()).isEqualTo(date("2025-01-15"));
    assertThat(d.paused()).containsExactly(new DateRange(date("2025-01-10"), date("2025-01-13")));
    assertThat(d.skippedWeekends()).isEmpty();
  }

  @Test
  void aPauseAfterTheDueDateChangesNothing() {
    DeadlineComputation d =
        calendar.deadline(
            null,
            date("2025-05-01"),
            14,
            DayCount.CALENDAR,
            List.of(new DateRange(date("2025-05-16"), date("2025-05-20"))));
    assertThat(d.dueOn()).isEqualTo(date("2025-05-15"));
    assertThat(d.paused()).isEmpty();
  }

  @Test
  void aDeadlineAcrossTheYearEndSkipsChristmasBoxingDayAndNewYear() {
    // Friday 2026-12-18: Christmas Fri 25th, Boxing Day Sat 26th -> substitute Mon 28th, New Year
    // Fri 1st
    DeadlineComputation d = calendar.deadline(null, date("2026-12-18"), 10, DayCount.WORKING);
    assertThat(d.skippedHolidays())
        .extracting(BankHoliday::date)
        .containsExactly(date("2026-12-25"), date("2026-12-28"), date("2027-01-01"));
    assertThat(d.dueOn()).isEqualTo(date("2027-01-06"));
    assertThat(d.explanation())
        .contains("2026-12-26..27 weekend")
        .contains("2027-01-02..03 weekend");
  }

  @Test
  void workingDaysBeyondTheFileSkipOnlyWeekendsAndSaySo() {
    DeadlineComputation d = calendar.deadline(null, date("2030-12-30"), 5, DayCount.WORKING);
    // 31 Dec (covered), then 2031: 1 Jan is not known as a holiday beyond the file
    assertThat(d.dueOn()).isEqualTo(date("2031-01-06"));
    assertThat(d.warnings()).hasSize(1);
    assertThat(d.warnings().get(0)).contains("2031-01-01").contains("2030-12-31");
    assertThat(d.explanation()).contains("no bank holiday data for 2031-01-01");
  }

  @Test
  void calendarDaysNeedNoBankHolidayData() {
    assertThat(calendar.deadline(null, date("2040-01-01"), 14, DayCount.CALENDAR).warnings())
        .isEmpty();
  }

  @Test
  void daysBetweenCountsDaysAfterTheStartUpToAndIncludingTheEnd() {
    assertThat(calendar.daysBetween(date("2026-01-05"), date("2026-03-30"), DayCount.CALENDAR))
        .isEqualTo(84);
    // twelve weeks hold 60 weekdays; 2026 has four bank holidays in them: Good Friday 3 April,
    // Easter Monday 6 April, early May 4 May and spring 25 May
    assertThat(calendar.daysBetween(date("2026-03-02"), date("2026-05-25"), DayCount.WORKING))
        .isEqualTo(56);
    assertThat(calendar.daysBetween(date("2025-01-10"), date("2025-01-13"), DayCount.WORKING))
        .isEqualTo(1);
    assertThat(calendar.daysBetween(date("2025-01-13"), date("2025-01-10"), DayCount.WORKING))
        .isEqualTo(-1);
  }

  @Test
  void daysBetweenAgreesWithTheDeadline() {
    LocalDate opens = date("2026-03-02");
    DeadlineComputation earliest = calendar.deadline("opensOn", opens, 60, DayCount.WORKING);
    assertThat(calendar.daysBetween(opens, earliest.dueOn(), DayCount.WORKING)).isEqualTo(60);
    assertThat(calendar.daysBetween(opens, earliest.dueOn().minusDays(1), DayCount.WORKING))
        .isLessThan(60);
  }

  @Test
  void dateRangesPrintShortly() {
    assertThat(new DateRange(date("2025-01-11"), date("2025-01-12"))).hasToString("2025-01-11..12");
    assertThat(new DateRange(date("2025-01-31"), date("2025-02-01")))
        .hasToString("2025-01-31..02-01");
    assertThat(new DateRange(date("2025-12-27"), date("2026-01-02")))
        .hasToString("2025-12-27..2026-01-02");
    assertThat(DateRange.of(date("2025-01-11"))).hasToString("2025-01-11");
  }
}
