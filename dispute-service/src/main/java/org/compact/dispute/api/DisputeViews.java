package org.compact.dispute.api;

import static org.compact.dispute.domain.Visibility.CaseField.ALLOWED_NEXT_STEPS;
import static org.compact.dispute.domain.Visibility.CaseField.COMPLAINT;
import static org.compact.dispute.domain.Visibility.CaseField.DEADLINES;
import static org.compact.dispute.domain.Visibility.CaseField.DECLARED_CONFLICTS;
import static org.compact.dispute.domain.Visibility.CaseField.HEARING_DATES;
import static org.compact.dispute.domain.Visibility.CaseField.HEARING_LATE_REASON;
import static org.compact.dispute.domain.Visibility.CaseField.OUTCOME;
import static org.compact.dispute.domain.Visibility.CaseField.PANEL_MEMBERS;
import static org.compact.dispute.domain.Visibility.CaseField.PARTIES;
import static org.compact.dispute.domain.Visibility.CaseField.REFERRAL;
import static org.compact.dispute.domain.Visibility.CaseField.RELATEDNESS;
import static org.compact.dispute.domain.Visibility.CaseField.REPRESENTATIVES;
import static org.compact.dispute.domain.Visibility.CaseField.STATUS_AND_DATES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.CaseClock;
import org.compact.dispute.domain.ClockStop;
import org.compact.dispute.domain.Deadline;
import org.compact.dispute.domain.DeadlineState;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.Hearing;
import org.compact.dispute.domain.HearingRules;
import org.compact.dispute.domain.Party;
import org.compact.dispute.domain.PartyRole;
import org.compact.dispute.domain.RosterMember;
import org.compact.dispute.domain.Visibility.CaseField;
import org.compact.dispute.service.CaseDeadlines;
import org.compact.dispute.service.CaseSnapshot;
import org.compact.platform.calendar.DateRange;
import org.compact.platform.calendar.DeadlineBasis;
import org.compact.platform.replica.SignatoryReplica;

/** Builds the view of a case for its viewer, field by field from the confidentiality tiers. */
public final class DisputeViews {
  private DisputeViews() {}

  public static DisputeView of(CaseSnapshot s) {
    Dispute d = s.dispute();
    Set<Actor> v = s.viewer();
    return new DisputeView(
        d.id,
        d.procedure.name(),
        d.stage,
        s.procedure().stage(d.stage).title(),
        d.status,
        show(OUTCOME, v) ? d.outcome : null,
        d.openedOn,
        d.closedOn,
        show(STATUS_AND_DATES, v)
            ? d.stageHistory.stream()
                .map(e -> new DisputeView.StageEntryView(e.stage, e.enteredOn))
                .toList()
            : null,
        show(PARTIES, v) ? party(s, complainant(d)) : null,
        show(PARTIES, v)
            ? d.parties.stream()
                .filter(p -> p.role == PartyRole.RESPONDENT)
                .map(p -> party(s, p))
                .toList()
            : null,
        show(COMPLAINT, v) ? List.copyOf(d.commitments) : null,
        show(COMPLAINT, v) ? d.commitmentDetails : null,
        show(COMPLAINT, v) ? d.natureOfDifference : null,
        show(COMPLAINT, v) ? d.whatHasBeenDone : null,
        show(COMPLAINT, v) ? d.breach : null,
        show(REFERRAL, v) && d.hasReferral() ? referral(d) : null,
        show(DEADLINES, v) ? d.receivedOn : null,
        show(DEADLINES, v) && d.receivedOn != null ? deadlines(s) : null,
        show(DEADLINES, v) && d.receivedOn != null ? clock(s) : null,
        show(RELATEDNESS, v) ? d.relatedness : null,
        show(RELATEDNESS, v) ? d.relatednessDecidedOn : null,
        d.rosterYear == null && d.panelConvenedOn == null ? null : panel(s),
        show(HEARING_DATES, v) && !s.hearings().isEmpty()
            ? s.hearings().stream().map(h -> hearing(s, h)).toList()
            : null,
        show(OUTCOME, v) && !d.resourcesOffered.isEmpty() ? List.copyOf(d.resourcesOffered) : null,
        show(DECLARED_CONFLICTS, v)
            ? s.conflicts().stream()
                .map(
                    c ->
                        new DisputeView.ConflictView(
                            c.id, c.rosterMemberId, c.reason, c.declaredOn))
                .toList()
            : null,
        show(ALLOWED_NEXT_STEPS, v)
            ? (d.isOpen() ? s.procedure().allowedNextSteps(d.stage) : List.of())
            : null,
        List.copyOf(v),
        d.version);
  }

  static boolean show(CaseField field, Set<Actor> viewer) {
    return field.visibleTo(viewer);
  }

  private static Party complainant(Dispute d) {
    return d.parties.stream()
        .filter(p -> p.role == PartyRole.COMPLAINANT)
        .findFirst()
        .orElseThrow();
  }

  private static DisputeView.PartyView party(CaseSnapshot s, Party p) {
    SignatoryReplica r = s.organisations().get(p.signatoryId);
    return new DisputeView.PartyView(
        p.signatoryId, r == null ? null : r.name, p.sector, r == null ? null : r.status);
  }

  private static DisputeView.ReferralView referral(Dispute d) {
    return new DisputeView.ReferralView(
        List.copyOf(d.referralOrganisations),
        List.copyOf(d.referralCommitments),
        d.referralCommitmentDetails,
        d.referralNature,
        d.referralWhatDone,
        d.referralLetter,
        d.referralSubmittedOn);
  }

  private static List<DisputeView.DeadlineView> deadlines(CaseSnapshot s) {
    Dispute d = s.dispute();
    List<DisputeView.DeadlineView> views = new ArrayList<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      CaseDeadlines.CaseDeadline current = s.deadlines().get(kind);
      if (current == null) {
        continue;
      }
      Deadline deadline = current.deadline();
      LocalDate fulfilled = current.fulfilledOn();
      DeadlineState state = deadline.state(fulfilled, d.closedOn, s.today());
      Long remaining = fulfilled == null && d.isOpen() ? deadline.daysRemaining(s.today()) : null;
      views.add(
          new DisputeView.DeadlineView(
              kind,
              deadline.dueOn(),
              state,
              remaining,
              fulfilled,
              current.clockStopped(),
              DeadlineBasis.of(current.basis(), s.bankHolidays())));
    }
    return views;
  }

  private static DisputeView.ClockView clock(CaseSnapshot s) {
    List<DisputeView.ClockStopView> stops = new ArrayList<>();
    long total = 0;
    LocalDate since = null;
    for (ClockStop stop : s.clockStops()) {
      long days =
          CaseClock.stoppedDays(List.of(stop.period()), null, s.today()).stream()
              .mapToLong(DateRange::days)
              .sum();
      total += days;
      if (stop.isRunning()) {
        since = stop.stoppedOn;
      }
      stops.add(
          new DisputeView.ClockStopView(
              stop.id,
              stop.stoppedOn,
              stop.resumedOn,
              days,
              stop.reason,
              stop.stoppedByRole,
              stop.resumeNote,
              stop.resumedByRole));
    }
    return new DisputeView.ClockView(since != null, since, total, stops);
  }

  private static DisputeView.PanelView panel(CaseSnapshot s) {
    Dispute d = s.dispute();
    boolean members = show(PANEL_MEMBERS, s.viewer());
    return new DisputeView.PanelView(
        d.panelConvenedOn,
        d.rosterYear,
        members ? d.chairMemberId : null,
        members
            ? s.panel().stream()
                .map(
                    m -> {
                      RosterMember r = s.rosterMembers().get(m.rosterMemberId);
                      return new DisputeView.PanelMemberView(
                          m.rosterMemberId,
                          m.subject,
                          r == null ? null : r.name,
                          m.organisationId,
                          m.sector,
                          m.rosterMemberId.equals(d.chairMemberId));
                    })
                .toList()
            : null);
  }

  private static DisputeView.HearingView hearing(CaseSnapshot s, Hearing h) {
    Set<Actor> v = s.viewer();
    CaseDeadlines.CaseDeadline current =
        h.kind == org.compact.dispute.domain.HearingKind.HEARING
            ? s.deadlines().get(DeadlineKind.HEARING_HELD)
            : null;
    Deadline deadline = current == null ? null : current.deadline();
    return new DisputeView.HearingView(
        h.id,
        h.kind,
        h.hearingOn,
        h.scheduledOn,
        h.heldOn,
        HearingRules.isLate(h.hearingOn, deadline),
        show(HEARING_LATE_REASON, v) ? h.lateReason : null,
        show(REPRESENTATIVES, v)
            ? h.representatives.stream()
                .map(
                    r ->
                        new DisputeView.RepresentativeView(
                            r.signatoryId, r.name, r.organisation, r.supporting))
                .toList()
            : null);
  }
}
