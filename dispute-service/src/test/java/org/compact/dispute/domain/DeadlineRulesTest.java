package org.compact.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.ReviewYear;
import org.junit.jupiter.api.Test;

/** Deadlines are calendar days after R in Europe/London; the deadline day itself is on time. */
class DeadlineRulesTest {
  private static final LocalDate R = LocalDate.of(2025, 5, 1);

  @Test
  void panelDeadlineIsFourteenAndHearingDeadlineFiftySixCalendarDaysAfterReceipt() {
    assertThat(Deadline.after(DeadlineKind.PANEL_CONVENED, R, 14).dueOn())
        .isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(Deadline.after(DeadlineKind.HEARING_HELD, R, 56).dueOn())
        .isEqualTo(LocalDate.of(2025, 6, 26));
  }

  @Test
  void hearingOnDeadlineDayIsOnTime() {
    Deadline hearing = Deadline.after(DeadlineKind.HEARING_HELD, R, 56);
    assertThat(hearing.isOnTime(LocalDate.of(2025, 6, 26))).isTrue();
    assertThat(HearingRules.isLate(LocalDate.of(2025, 6, 26), hearing)).isFalse();
  }

  @Test
  void hearingTheDayAfterTheDeadlineIsLate() {
    Deadline hearing = Deadline.after(DeadlineKind.HEARING_HELD, R, 56);
    assertThat(hearing.isOnTime(LocalDate.of(2025, 6, 27))).isFalse();
    assertThat(HearingRules.isLate(LocalDate.of(2025, 6, 27), hearing)).isTrue();
  }

  @Test
  void lateHearingNeedsARecordedReason() {
    Deadline hearing = Deadline.after(DeadlineKind.HEARING_HELD, R, 56);
    assertThatThrownBy(
            () -> HearingRules.requireReasonIfLate(LocalDate.of(2025, 6, 27), hearing, " "))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.violations()).extracting("field").containsExactly("lateReason"));
    HearingRules.requireReasonIfLate(LocalDate.of(2025, 6, 27), hearing, "Venue unavailable");
    HearingRules.requireReasonIfLate(LocalDate.of(2025, 6, 26), hearing, null);
  }

  @Test
  void unmetDeadlineIsMissedOnlyFromTheDayAfter() {
    Deadline panel = Deadline.after(DeadlineKind.PANEL_CONVENED, R, 14);
    assertThat(panel.isMissed(null, null, LocalDate.of(2025, 5, 15))).isFalse();
    assertThat(panel.state(null, null, LocalDate.of(2025, 5, 15))).isEqualTo(DeadlineState.PENDING);
    assertThat(panel.isMissed(null, null, LocalDate.of(2025, 5, 16))).isTrue();
    assertThat(panel.state(null, null, LocalDate.of(2025, 5, 16))).isEqualTo(DeadlineState.MISSED);
  }

  @Test
  void panelConvenedOnTheDeadlineDayIsMetAndTheDayAfterIsMissed() {
    Deadline panel = Deadline.after(DeadlineKind.PANEL_CONVENED, R, 14);
    LocalDate later = LocalDate.of(2025, 7, 1);
    assertThat(panel.state(LocalDate.of(2025, 5, 15), null, later)).isEqualTo(DeadlineState.MET);
    assertThat(panel.state(LocalDate.of(2025, 5, 16), null, later)).isEqualTo(DeadlineState.MISSED);
  }

  @Test
  void caseClosedBeforeTheDeadlineNoLongerNeedsIt() {
    Deadline hearing = Deadline.after(DeadlineKind.HEARING_HELD, R, 56);
    assertThat(hearing.state(null, LocalDate.of(2025, 5, 20), LocalDate.of(2025, 9, 1)))
        .isEqualTo(DeadlineState.NOT_NEEDED);
    assertThat(hearing.state(null, LocalDate.of(2025, 6, 27), LocalDate.of(2025, 9, 1)))
        .as("closed the day after an unmet deadline: it was missed")
        .isEqualTo(DeadlineState.MISSED);
  }

  @Test
  void daysRemainingAreCalendarDaysAndZeroOnTheDeadlineDay() {
    Deadline panel = Deadline.after(DeadlineKind.PANEL_CONVENED, R, 14);
    assertThat(panel.daysRemaining(R)).isEqualTo(14);
    assertThat(panel.daysRemaining(LocalDate.of(2025, 5, 15))).isZero();
    assertThat(panel.daysRemaining(LocalDate.of(2025, 5, 17))).isEqualTo(-2);
  }

  @Test
  void deadlineDayLastsUntilMidnightLondonAcrossTheStartOfSummerTime() {
    // R = 17 March 2025; R + 14 = 31 March, the day after clocks went forward (30 March, 01:00 UTC)
    Deadline panel = Deadline.after(DeadlineKind.PANEL_CONVENED, LocalDate.of(2025, 3, 17), 14);
    assertThat(panel.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
    // 23:30 UTC on 30 March is 00:30 BST on 31 March: the deadline day, on time
    LocalDate early = BusinessDates.dayOf(Instant.parse("2025-03-30T23:30:00Z"));
    assertThat(early).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(panel.isMissed(null, null, early)).isFalse();
    // 22:59:59 UTC on 31 March is 23:59:59 BST: still the deadline day
    LocalDate lastSecond = BusinessDates.dayOf(Instant.parse("2025-03-31T22:59:59Z"));
    assertThat(panel.isMissed(null, null, lastSecond)).isFalse();
    assertThat(panel.isOnTime(lastSecond)).isTrue();
    // 23:00 UTC on 31 March is midnight BST: the day after, missed
    LocalDate dayAfter = BusinessDates.dayOf(Instant.parse("2025-03-31T23:00:00Z"));
    assertThat(dayAfter).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(panel.isMissed(null, null, dayAfter)).isTrue();
  }

  @Test
  void deadlineDayLastsUntilMidnightLondonAcrossTheEndOfSummerTime() {
    // R = 12 October 2025; R + 14 = 26 October, the day clocks go back (01:00 UTC)
    Deadline panel = Deadline.after(DeadlineKind.PANEL_CONVENED, LocalDate.of(2025, 10, 12), 14);
    assertThat(panel.dueOn()).isEqualTo(LocalDate.of(2025, 10, 26));
    LocalDate late = BusinessDates.dayOf(Instant.parse("2025-10-26T23:59:59Z"));
    assertThat(late).as("23:59:59 GMT is still 26 October").isEqualTo(LocalDate.of(2025, 10, 26));
    assertThat(panel.isMissed(null, null, late)).isFalse();
    LocalDate next = BusinessDates.dayOf(Instant.parse("2025-10-27T00:00:00Z"));
    assertThat(panel.isMissed(null, null, next)).isTrue();
    // under BST, 23:30 UTC on 25 October is already 26 October in London
    assertThat(BusinessDates.dayOf(Instant.parse("2025-10-25T23:30:00Z")))
        .isEqualTo(LocalDate.of(2025, 10, 26));
  }

  @Test
  void fiftySixDaysAcrossTheClockChangeAreStillCalendarDays() {
    // 23-hour day on 30 March 2025 inside the window does not shorten it
    assertThat(Deadline.after(DeadlineKind.HEARING_HELD, LocalDate.of(2025, 3, 10), 56).dueOn())
        .isEqualTo(LocalDate.of(2025, 5, 5));
  }

  @Test
  void storedDeadlinesAreDatesSoALaterConfigChangeAffectsOnlyNewCases() {
    Deadline stored = Deadline.after(DeadlineKind.PANEL_CONVENED, R, 14);
    Deadline newCase = Deadline.after(DeadlineKind.PANEL_CONVENED, R, 10);
    assertThat(stored.dueOn()).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(newCase.dueOn()).isEqualTo(LocalDate.of(2025, 5, 11));
    assertThat(
            new Deadline(DeadlineKind.PANEL_CONVENED, stored.dueOn())
                .isOnTime(LocalDate.of(2025, 5, 14)))
        .isTrue();
  }

  @Test
  void reviewYearContainingRStartsOnFirstApril() {
    MonthDay start = MonthDay.of(4, 1);
    assertThat(ReviewYear.containing(LocalDate.of(2026, 3, 31), start).startYear()).isEqualTo(2025);
    assertThat(ReviewYear.containing(LocalDate.of(2026, 4, 1), start).startYear()).isEqualTo(2026);
    assertThat(new ReviewYear(2025, start).firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(new ReviewYear(2025, start).lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
  }
}
