package org.compact.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.compact.actionplan.domain.timescale.TimescaleParser;
import org.compact.contracts.actionplan.ActionStatus;
import org.junit.jupiter.api.Test;

class ActionScheduleTest {
  private static final MonthDay APRIL_FIRST = MonthDay.of(4, 1);
  private static final ActionSchedule.PlanDates PLAN_2009_10 =
      new ActionSchedule.PlanDates(
          PlanPeriod.start("2009-10", APRIL_FIRST).orElseThrow(), LocalDate.of(2009, 4, 20));

  private static Optional<LocalDate> due(
      String timescale, LocalDate lastProgress, LocalDate today) {
    return ActionSchedule.currentDueDate(
        TimescaleParser.parse(timescale), PLAN_2009_10, lastProgress, today);
  }

  @Test
  void planPeriodStartsOnTheFirstDayOfItsFinancialYear() {
    assertThat(PlanPeriod.start("2009-10", APRIL_FIRST)).contains(LocalDate.of(2009, 4, 1));
    assertThat(PlanPeriod.start("2009/2010", APRIL_FIRST)).contains(LocalDate.of(2009, 4, 1));
    assertThat(PlanPeriod.isConsistent("2010-09")).isFalse();
    assertThat(PlanPeriod.findIn("Consultation Strategy Action Plan 2009-2010"))
        .contains("2009-10");
  }

  @Test
  void aDueDayEndsAtMidnightSoOverdueStartsTheDayAfter() {
    Optional<LocalDate> due = due("June 2009", null, LocalDate.of(2009, 6, 30));
    assertThat(due).contains(LocalDate.of(2009, 6, 30));
    assertThat(ActionSchedule.isOverdue(ActionStatus.IN_PROGRESS, due, LocalDate.of(2009, 6, 30)))
        .isFalse();
    assertThat(ActionSchedule.isOverdue(ActionStatus.IN_PROGRESS, due, LocalDate.of(2009, 7, 1)))
        .isTrue();
  }

  @Test
  void completedOrDroppedActionsAreNeverOverdue() {
    Optional<LocalDate> due = Optional.of(LocalDate.of(2009, 6, 30));
    LocalDate later = LocalDate.of(2011, 1, 1);
    assertThat(ActionSchedule.isOverdue(ActionStatus.COMPLETED, due, later)).isFalse();
    assertThat(ActionSchedule.isOverdue(ActionStatus.DROPPED, due, later)).isFalse();
    assertThat(ActionSchedule.isOverdue(ActionStatus.NOT_STARTED, due, later)).isTrue();
  }

  @Test
  void ongoingHasNoDueDateUnlessItHasAnEnd() {
    LocalDate today = LocalDate.of(2011, 1, 1);
    assertThat(due("Ongoing", null, today)).isEmpty();
    assertThat(due("Ongoing until September 2010", null, today))
        .contains(LocalDate.of(2010, 9, 30));
    assertThat(due("TBC", null, today)).isEmpty();
    assertThat(due("", null, today)).isEmpty();
    assertThat(due("Completed March 2010", null, today)).isEmpty();
  }

  @Test
  void relativeTimescaleCountsFromAdoption() {
    assertThat(due("3 months after adoption", null, LocalDate.of(2009, 5, 1)))
        .contains(LocalDate.of(2009, 7, 20));
    ActionSchedule.PlanDates notAdopted = new ActionSchedule.PlanDates(null, null);
    assertThat(
            ActionSchedule.currentDueDate(
                TimescaleParser.parse("3 months after adoption"),
                notAdopted,
                null,
                LocalDate.of(2009, 5, 1)))
        .isEmpty();
  }

  @Test
  void recurringActionFallsDueAtTheEndOfEachIntervalFromThePeriodStart() {
    assertThat(due("Annually", null, LocalDate.of(2009, 5, 1))).contains(LocalDate.of(2010, 3, 31));
    assertThat(due("Quarterly", null, LocalDate.of(2009, 5, 1)))
        .contains(LocalDate.of(2009, 6, 30));
    assertThat(due("Six Monthly", null, LocalDate.of(2009, 5, 1)))
        .contains(LocalDate.of(2009, 9, 30));
  }

  @Test
  void unmetOccurrenceStaysDueAndALateReportMeetsIt() {
    LocalDate today = LocalDate.of(2010, 4, 2);
    assertThat(due("Annually", null, today)).contains(LocalDate.of(2010, 3, 31));
    assertThat(due("Annually", LocalDate.of(2009, 3, 1), today))
        .as("a note from before the interval does not count")
        .contains(LocalDate.of(2010, 3, 31));
    assertThat(due("Annually", LocalDate.of(2010, 4, 2), today))
        .contains(LocalDate.of(2011, 3, 31));
    assertThat(due("Annually", LocalDate.of(2009, 12, 1), today))
        .contains(LocalDate.of(2011, 3, 31));
    assertThat(due("Annually", null, LocalDate.of(2012, 6, 1)))
        .as("never reported: due at the end of the latest ended year")
        .contains(LocalDate.of(2012, 3, 31));
  }

  @Test
  void datedAndRecurringTakeTheEarlier() {
    assertThat(due("June 2009 Ongoing (at least six monthly)", null, LocalDate.of(2009, 5, 1)))
        .contains(LocalDate.of(2009, 6, 30));
  }
}
