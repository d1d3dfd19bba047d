package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.domain.CaseClock;
import org.compact.dispute.domain.ClockPeriod;
import org.compact.dispute.domain.ClockStop;
import org.compact.dispute.domain.Deadline;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.Hearing;
import org.compact.dispute.domain.HearingKind;
import org.compact.platform.calendar.BankHolidays;
import org.compact.platform.calendar.Calendars;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineComputation;
import org.compact.platform.calendar.WorkingDayCalendar;
import org.compact.platform.time.TimeSource;

/**
 * A case's deadlines as they stand today: R plus the stored number of days, counted as stored
 * (calendar or working days), not counting the days its clock was stopped.
 */
@ApplicationScoped
public class CaseDeadlines {
  @Inject Calendars calendars;
  @Inject TimeSource time;

  /** A deadline with how it was computed and when it was met (null if not yet). */
  public record CaseDeadline(
      Deadline deadline, DeadlineComputation basis, LocalDate fulfilledOn, boolean clockStopped) {}

  public static List<ClockStop> stops(UUID disputeId) {
    return ClockStop.<ClockStop>find("disputeId = ?1 order by stoppedOn, createdAt", disputeId)
        .list();
  }

  public static LocalDate firstHearingHeldOn(UUID disputeId) {
    return Hearing.<Hearing>find("disputeId = ?1 and kind = ?2", disputeId, HearingKind.HEARING)
        .firstResultOptional()
        .map(h -> h.heldOn)
        .orElse(null);
  }

  public Map<DeadlineKind, CaseDeadline> of(
      Dispute d, List<ClockStop> stops, LocalDate firstHearingHeldOn, LocalDate today) {
    return compute(calendars.calendar(), d, stops, firstHearingHeldOn, today);
  }

  /** The deadlines of {@code d} on {@code calendar} (pure: no database). */
  public static Map<DeadlineKind, CaseDeadline> compute(
      WorkingDayCalendar calendar,
      Dispute d,
      List<ClockStop> stops,
      LocalDate firstHearingHeldOn,
      LocalDate today) {
    Map<DeadlineKind, CaseDeadline> deadlines = new EnumMap<>(DeadlineKind.class);
    if (d.receivedOn == null) {
      return deadlines;
    }
    List<ClockPeriod> periods = stops.stream().map(ClockStop::period).toList();
    for (DeadlineKind kind : DeadlineKind.values()) {
      Integer days = d.deadlineDays(kind);
      if (days == null) {
        continue;
      }
      LocalDate fulfilled = d.fulfilledOn(kind, firstHearingHeldOn);
      LocalDate settled = d.settledOn(kind, firstHearingHeldOn);
      DeadlineComputation basis =
          CaseClock.deadline(
              calendar,
              d.receivedOn,
              days,
              d.deadlineDayCount == null ? DayCount.CALENDAR : d.deadlineDayCount,
              periods,
              settled,
              today);
      boolean stopped = settled == null && CaseClock.isStopped(periods);
      deadlines.put(
          kind, new CaseDeadline(new Deadline(kind, basis.dueOn()), basis, fulfilled, stopped));
    }
    return deadlines;
  }

  public Map<DeadlineKind, CaseDeadline> of(Dispute d, LocalDate today) {
    return of(d, stops(d.id), firstHearingHeldOn(d.id), today);
  }

  public BankHolidays bankHolidays() {
    return calendars.calendar().bankHolidays();
  }

  /**
   * Stores today's due dates on the case (the dates events carry). Call inside the transaction of a
   * change to the case, never on a read: it changes the case's version.
   */
  public void refresh(Dispute d, LocalDate firstHearingHeldOn) {
    LocalDate today = time.today();
    of(d, stops(d.id), firstHearingHeldOn, today)
        .forEach((kind, c) -> d.storeDeadline(kind, c.basis().days(), c.deadline().dueOn()));
  }

  public void refresh(Dispute d) {
    refresh(d, firstHearingHeldOn(d.id));
  }
}
