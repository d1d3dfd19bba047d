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
 * March 2011, … The latest occurrence that has ended is met by any progress note dated on or after
 * the start of its interval (a late report still counts); while it is unmet the action is due on
 * (and overdue since) its end, once met the next occurrence's end is the due date. So an annual
 * action never reported is overdue from 1 April 2010, and a report on 2 April 2010 makes it due on
 * 31 March 2011.
 */
public final class ActionSchedule {
  private static final int MAX_OCCURRENCES = 10_000;

  private ActionSchedule() {}

  /** What the schedule needs to know about the plan. */
  public record PlanDates(LocalDate periodStart, LocalDate adoptedOn) {}

  public static Optional<LocalDate> currentDueDate(
      Timescale timescale, PlanDates plan, LocalDate lastProgressOn, LocalDate today) {
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
        currentOccurrence(timescale.recurrences().get(0), anchorOf(plan), lastProgressOn, today);
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

  private static Optional<LocalDate> currentOccurrence(
      Recurrence recurrence, LocalDate anchor, LocalDate lastProgressOn, LocalDate today) {
    if (anchor == null) {
      return Optional.empty();
    }
    Period interval = recurrence.interval();
    if (!occurrenceEnd(anchor, interval, 1).isBefore(today)) {
      return Optional.of(occurrenceEnd(anchor, interval, 1));
    }
    int latestEnded = 1;
    while (latestEnded < MAX_OCCURRENCES
        && occurrenceEnd(anchor, interval, latestEnded + 1).isBefore(today)) {
      latestEnded++;
    }
    boolean met =
        lastProgressOn != null
            && !lastProgressOn.isBefore(windowStart(anchor, interval, latestEnded));
    return Optional.of(occurrenceEnd(anchor, interval, met ? latestEnded + 1 : latestEnded));
  }

  /** Last day of the {@code k}-th interval (1-based). */
  private static LocalDate occurrenceEnd(LocalDate anchor, Period interval, int k) {
    return windowStart(anchor, interval, k + 1).minusDays(1);
  }

  /** First day of the {@code k}-th interval (1-based). */
  private static LocalDate windowStart(LocalDate anchor, Period interval, int k) {
    return anchor.plus(interval.multipliedBy(k - 1));
  }
}
