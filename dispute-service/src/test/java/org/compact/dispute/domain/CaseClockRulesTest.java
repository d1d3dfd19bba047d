package org.compact.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.platform.calendar.DateRange;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineComputation;
import org.compact.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** Stop the clock: stopped days do not count towards a case's open deadlines. */
class CaseClockRulesTest {
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
  private static final LocalDate R = LocalDate.of(2025, 5, 1);

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static DeadlineComputation panel(
      List<ClockPeriod> stops, LocalDate settledOn, LocalDate today) {
    return CaseClock.deadline(CALENDAR, R, 14, DayCount.CALENDAR, stops, settledOn, today);
  }

  @Test
  void withoutStopsTheDeadlineIsRPlusTheDays() {
    assertThat(panel(List.of(), null, date("2025-05-02")).dueOn()).isEqualTo(date("2025-05-15"));
  }

  @Test
  void stoppedDaysExtendAnOpenDeadline() {
    // stopped on 6 May, resumed on 11 May: 6..10 May (5 days) do not count
    DeadlineComputation d =
        panel(
            List.of(new ClockPeriod(date("2025-05-06"), date("2025-05-11"))),
            null,
            date("2025-05-12"));
    assertThat(d.dueOn()).isEqualTo(date("2025-05-20"));
    assertThat(d.pausedDays()).isEqualTo(5);
    assertThat(d.explanation())
        .isEqualTo(
            "14 calendar days after receivedOn 2025-05-01, skipping 2025-05-06..10 clock stopped");
  }

  @Test
  void whileStoppedTheDueDateMovesOnEachDayAndTheDaysRemainingStayTheSame() {
    List<ClockPeriod> running = List.of(new ClockPeriod(date("2025-05-06"), null));
    LocalDate day1 = date("2025-05-06");
    LocalDate day5 = date("2025-05-10");
    Deadline onDay1 = new Deadline(DeadlineKind.PANEL_CONVENED, panel(running, null, day1).dueOn());
    Deadline onDay5 = new Deadline(DeadlineKind.PANEL_CONVENED, panel(running, null, day5).dueOn());
    assertThat(onDay1.dueOn()).isEqualTo(date("2025-05-16"));
    assertThat(onDay5.dueOn()).isEqualTo(date("2025-05-20"));
    assertThat(onDay1.daysRemaining(day1)).isEqualTo(10).isEqualTo(onDay5.daysRemaining(day5));
    assertThat(onDay5.isMissed(null, null, day5)).isFalse();
  }

  @Test
  void resumingOnTheDayItStoppedStopsNoDay() {
    assertThat(
            CaseClock.stoppedDays(
                List.of(new ClockPeriod(date("2025-05-06"), date("2025-05-06"))),
                null,
                date("2025-05-07")))
        .isEmpty();
  }

  @Test
  void stoppingAfterTheDeadlineDayDoesNotRescueAMissedDeadline() {
    DeadlineComputation d =
        panel(
            List.of(new ClockPeriod(date("2025-05-20"), date("2025-05-25"))),
            null,
            date("2025-05-26"));
    assertThat(d.dueOn()).isEqualTo(date("2025-05-15"));
    assertThat(d.paused()).isEmpty();
  }

  @Test
  void aDeadlineMetBeforeTheClockStoppedKeepsItsDate() {
    // panel convened on 10 May; the clock stopped on 12 May for the hearing
    DeadlineComputation d =
        panel(
            List.of(new ClockPeriod(date("2025-05-12"), null)),
            date("2025-05-10"),
            date("2025-06-01"));
    assertThat(d.dueOn()).isEqualTo(date("2025-05-15"));
  }

  @Test
  void aDeadlineMetWhileStoppedCountsStoppedDaysOnlyUpToThatDay() {
    // stopped 6 May, panel convened 8 May, resumed 20 May: only 6..8 May are stopped for it
    DeadlineComputation d =
        panel(
            List.of(new ClockPeriod(date("2025-05-06"), date("2025-05-20"))),
            date("2025-05-08"),
            date("2025-06-01"));
    assertThat(d.paused()).containsExactly(new DateRange(date("2025-05-06"), date("2025-05-08")));
    assertThat(d.dueOn()).isEqualTo(date("2025-05-18"));
    assertThat(new Deadline(DeadlineKind.PANEL_CONVENED, d.dueOn()).isOnTime(date("2025-05-08")))
        .isTrue();
  }

  @Test
  void severalStopsAddUp() {
    DeadlineComputation d =
        panel(
            List.of(
                new ClockPeriod(date("2025-05-03"), date("2025-05-05")),
                new ClockPeriod(date("2025-05-10"), date("2025-05-13"))),
            null,
            date("2025-05-14"));
    assertThat(d.pausedDays()).isEqualTo(2 + 3);
    assertThat(d.dueOn()).isEqualTo(date("2025-05-20"));
  }

  @Test
  void workingDayDeadlinesSkipWeekendsBankHolidaysAndStoppedDays() {
    LocalDate receivedOn = date("2025-04-10"); // Thursday before Easter
    DeadlineComputation plain =
        CaseClock.deadline(
            CALENDAR, receivedOn, 10, DayCount.WORKING, List.of(), null, date("2025-04-10"));
    assertThat(plain.dueOn()).isEqualTo(date("2025-04-28"));
    assertThat(plain.explanation())
        .isEqualTo(
            "10 working days after receivedOn 2025-04-10, skipping 2025-04-12..13 weekend,"
                + " 2025-04-18 Good Friday, 2025-04-19..20 weekend, 2025-04-21 Easter Monday,"
                + " 2025-04-26..27 weekend");
    DeadlineComputation stopped =
        CaseClock.deadline(
            CALENDAR,
            receivedOn,
            10,
            DayCount.WORKING,
            List.of(new ClockPeriod(date("2025-04-14"), date("2025-04-16"))),
            null,
            date("2025-04-16"));
    // Monday 14 and Tuesday 15 stopped: two more working days, Tuesday 29 and Wednesday 30
    assertThat(stopped.dueOn()).isEqualTo(date("2025-04-30"));
  }
}
