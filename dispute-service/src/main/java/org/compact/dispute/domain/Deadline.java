package org.compact.dispute.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.compact.contracts.dispute.DeadlineKind;

/**
 * A deadline of a case: its due day in Europe/London business dates (counted from the receipt date
 * R as {@link CaseClock} says). A date on the deadline day is on time; the day after is late.
 */
public record Deadline(DeadlineKind kind, LocalDate dueOn) {

  /** {@code days} calendar days after R, with the clock never stopped. */
  public static Deadline after(DeadlineKind kind, LocalDate receivedOn, int days) {
    return new Deadline(kind, receivedOn.plusDays(days));
  }

  public boolean isOnTime(LocalDate date) {
    return !date.isAfter(dueOn);
  }

  /**
   * Whether the deadline was missed, given when it was met ({@code fulfilledOn}, e.g. the panel
   * convened), when the case stopped needing it ({@code endedOn}, e.g. closed), and today.
   */
  public boolean isMissed(LocalDate fulfilledOn, LocalDate endedOn, LocalDate today) {
    LocalDate settled = fulfilledOn != null ? fulfilledOn : endedOn;
    return settled != null ? settled.isAfter(dueOn) : today.isAfter(dueOn);
  }

  public DeadlineState state(LocalDate fulfilledOn, LocalDate endedOn, LocalDate today) {
    if (isMissed(fulfilledOn, endedOn, today)) {
      return DeadlineState.MISSED;
    }
    if (fulfilledOn != null) {
      return DeadlineState.MET;
    }
    return endedOn != null ? DeadlineState.NOT_NEEDED : DeadlineState.PENDING;
  }

  /** Calendar days from today to the deadline day (0 on the day itself, negative after). */
  public long daysRemaining(LocalDate today) {
    return ChronoUnit.DAYS.between(today, dueOn);
  }
}
