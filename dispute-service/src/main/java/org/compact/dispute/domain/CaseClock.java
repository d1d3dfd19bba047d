package org.compact.dispute.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compact.platform.calendar.DateRange;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineComputation;
import org.compact.platform.calendar.WorkingDayCalendar;

/**
 * "Stop the clock": days on which a case's clock was stopped do not count towards its deadlines. A
 * stop counts from its first day up to the day before it resumed; a stop that is still running
 * counts up to today, so while stopped the due date moves on day by day and the days remaining stay
 * the same. For a deadline that is settled (met, or the case closed) only the days up to the
 * settling day matter.
 */
public final class CaseClock {
  public static final String START_NAME = "receivedOn";

  private CaseClock() {}

  /** The days not counted, as ranges, given when the deadline was settled (or null) and today. */
  public static List<DateRange> stoppedDays(
      List<ClockPeriod> stops, LocalDate settledOn, LocalDate today) {
    LocalDate horizon = settledOn == null ? today : settledOn;
    List<DateRange> ranges = new ArrayList<>();
    for (ClockPeriod stop : stops) {
      if (stop.stoppedOn().isAfter(horizon)) {
        continue;
      }
      LocalDate last = stop.isRunning() ? today : stop.resumedOn().minusDays(1);
      if (last.isAfter(horizon)) {
        last = horizon;
      }
      if (!last.isBefore(stop.stoppedOn())) {
        ranges.add(new DateRange(stop.stoppedOn(), last));
      }
    }
    return ranges;
  }

  /** The deadline {@code days} counted days after R, not counting the stopped days. */
  public static DeadlineComputation deadline(
      WorkingDayCalendar calendar,
      LocalDate receivedOn,
      int days,
      DayCount dayCount,
      List<ClockPeriod> stops,
      LocalDate settledOn,
      LocalDate today) {
    return calendar.deadline(
        START_NAME, receivedOn, days, dayCount, stoppedDays(stops, settledOn, today));
  }

  /** Whether a stop is still running, so the due date is not final yet. */
  public static boolean isStopped(List<ClockPeriod> stops) {
    return stops.stream().anyMatch(ClockPeriod::isRunning);
  }
}
