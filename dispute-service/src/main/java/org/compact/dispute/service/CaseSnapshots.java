package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.ClockStop;
import org.compact.dispute.domain.DeclaredConflict;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.Hearing;
import org.compact.dispute.domain.PanelMember;
import org.compact.dispute.domain.RosterMember;
import org.compact.dispute.domain.Visibility.CaseField;
import org.compact.platform.replica.SignatoryReplicas;
import org.compact.platform.time.TimeSource;

/** Loads a case for one viewer, querying confidential parts only for those who may see them. */
@ApplicationScoped
public class CaseSnapshots {
  @Inject CaseAccess access;
  @Inject ProcedureCatalogue procedures;
  @Inject SignatoryReplicas replica;
  @Inject TimeSource time;
  @Inject CaseDeadlines deadlines;

  @Transactional
  public CaseSnapshot of(UUID id) {
    return of(access.visibleCase(id));
  }

  @Transactional
  public CaseSnapshot of(Dispute d) {
    Set<Actor> viewer = access.actorsOn(d);
    List<PanelMember> panel =
        CaseField.PANEL_MEMBERS.visibleTo(viewer)
            ? PanelMember.<PanelMember>find("disputeId = ?1 order by sector, subject", d.id).list()
            : List.of();
    Map<UUID, RosterMember> roster =
        panel.isEmpty()
            ? Map.of()
            : RosterMember.<RosterMember>list(
                    "id in ?1", panel.stream().map(m -> m.rosterMemberId).toList())
                .stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
    List<Hearing> hearings =
        CaseField.HEARING_DATES.visibleTo(viewer)
            ? Hearing.<Hearing>find("disputeId = ?1 order by sequence", d.id).list()
            : List.of();
    if (CaseField.REPRESENTATIVES.visibleTo(viewer)) {
      hearings.forEach(h -> h.representatives.size()); // load while the session is open
    }
    LocalDate firstHeld = CaseDeadlines.firstHearingHeldOn(d.id);
    LocalDate today = time.today();
    List<ClockStop> stops =
        CaseField.DEADLINES.visibleTo(viewer) ? CaseDeadlines.stops(d.id) : List.of();
    List<DeclaredConflict> conflicts =
        CaseField.DECLARED_CONFLICTS.visibleTo(viewer)
            ? DeclaredConflict.<DeclaredConflict>find("disputeId = ?1 order by createdAt", d.id)
                .list()
            : List.of();
    d.stageHistory.size();
    d.commitments.size();
    d.referralOrganisations.size();
    d.referralCommitments.size();
    d.resourcesOffered.size();
    d.recommendations.size();
    return new CaseSnapshot(
        d,
        viewer,
        procedures.of(d),
        replica.findAll(d.partyIds()),
        panel,
        roster,
        hearings,
        firstHeld,
        conflicts,
        CaseField.DEADLINES.visibleTo(viewer) ? deadlines.of(d, stops, firstHeld, today) : Map.of(),
        stops,
        deadlines.bankHolidays(),
        today);
  }
}
