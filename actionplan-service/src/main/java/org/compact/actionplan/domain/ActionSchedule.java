package org.compact.actionplan.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.compact.actionplan.domain.timescale.Recurrence;
import org.compact.actionplan.domain.timescale.Timescale;
import org.compact.actionplan.domain.timescale.TimescaleKind;
import org.compact.contracts.actionplan.ActionStatus;

/**
 * When an action is due and whether it is overdue (computed on read, never stored).
 *
 * <p>A recurring action ("Annually") falls due at the end of each interval counted from the plan
 * period start (from adoptedOn when the period is unknown): 2009-10 annually → 31 March 2010, 31
 * March 2011, … An occurrence is met by a progress note dated inside its interval; the current due
 * date is the end of the interval after the one holding the latest progress note, so an annual
 * action reported every year is never overdue, and one never reported is overdue from the end of
 * its first year.
 */
public final class ActionSchedule {
  private static final int MAX_OCCURRENCES = 10_000;

  private ActionSchedule() {}

  /** What the schedule needs to know about the plan. */
  public record PlanDates(LocalDate periodStart, LocalDate adoptedOn) {}

  public static Optional<LocalDate> currentDueDate(
      Timescale timescale, PlanDates plan, LocalDate lastProgressOn) {
    if (timescale.kind() == TimescaleKind.COMPLETED) {
      return Optional.empty();
    }
    if (timescale.kind() == TimescaleKind.RELATIVE) {
      return Optional.ofNullable(plan.adoptedOn()).map(d -> d.plus(timescale.afterAdoption()));
    }
    Optional<LocalDate> dated = timescale.dueDates().stream().findFirst();
    if (timescale.recurrences().isEmpty()) {
      return dated;
    }
    Optional<LocalDate> recurring =
        nextOccurrence(timescale.recurrences().get(0), anchorOf(plan), lastProgressOn);
    if (dated.isPresent() && recurring.isPresent()) {
      return Optional.of(dated.get().isBefore(recurring.get()) ? dated.get() : recurring.get());
    }
    return recurring.or(() -> dated);
  }

  /** Overdue: a due date passed (the day after it began in London) and the action is still open. */
  public static boolean isOverdue(ActionStatus status, Optional<LocalDate> dueOn, LocalDate today) {
    return status != ActionStatus.COMPLETED
        && status != ActionStatus.DROPPED
        && dueOn.isPresent()
        && dueOn.get().isBefore(today);
  }

  private static LocalDate anchorOf(PlanDates plan) {
    return plan.periodStart() != null ? plan.periodStart() : plan.adoptedOn();
  }

  private static Optional<LocalDate> nextOccurrence(
      Recurrence recurrence, LocalDate anchor, LocalDate lastProgressOn) {
    if (anchor == null) {
      return Optional.empty();
    }
    Period interval = recurrence.interval();
    int occurrence = 1;
    if (lastProgressOn != null && !lastProgressOn.isBefore(anchor)) {
      while (occurrence < MAX_OCCURRENCES
          && !windowStart(anchor, interval, occurrence + 1).isAfter(lastProgressOn)) {
        occurrence++;
      }
      occurrence++; // the interval holding the note is met; the next one is due
    }
    return Optional.of(windowStart(anchor, interval, occurrence + 1).minusDays(1));
  }

  /** First day of the {@code k}-th interval (1-based). */
  private static LocalDate windowStart(LocalDate anchor, Period interval, int k) {
    return anchor.plus(interval.multipliedBy(k - 1));
  }
}
