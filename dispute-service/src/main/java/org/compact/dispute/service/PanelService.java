package org.compact.dispute.service;

import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;
import static org.compact.dispute.domain.Actor.PARTY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.config.DisputeConfig;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.Deadline;
import org.compact.dispute.domain.DeclaredConflict;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.DisputeStatus;
import org.compact.dispute.domain.Hearing;
import org.compact.dispute.domain.HearingKind;
import org.compact.dispute.domain.HearingRules;
import org.compact.dispute.domain.NominatedRepresentative;
import org.compact.dispute.domain.Outcome;
import org.compact.dispute.domain.PanelCandidate;
import org.compact.dispute.domain.PanelComposition;
import org.compact.dispute.domain.PanelMember;
import org.compact.dispute.domain.RecordKind;
import org.compact.dispute.domain.Relatedness;
import org.compact.dispute.domain.Representative;
import org.compact.dispute.domain.RosterMember;
import org.compact.dispute.domain.StageDefinition;
import org.compact.dispute.events.DisputeEvents;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.replica.SignatoryReplica;
import org.compact.platform.replica.SignatoryReplicas;
import org.compact.platform.security.Caller;
import org.compact.platform.time.TimeSource;

/** The panel: conflicts, appointment, chair, relatedness, hearings and representatives. */
@ApplicationScoped
public class PanelService {
  @Inject CaseAccess access;
  @Inject ProcedureCatalogue procedures;
  @Inject DisputeService disputes;
  @Inject DisputeEvents events;
  @Inject SignatoryReplicas replica;
  @Inject DisputeConfig config;
  @Inject Caller caller;
  @Inject TimeSource time;
  @Inject CaseDeadlines deadlines;
  @Inject ClockService clock;

  @Transactional
  public DeclaredConflict declareConflict(UUID id, UUID memberId, String reason) {
    Dispute d = access.visibleCaseForUpdate(id);
    CaseAccess.require(access.actorsOn(d), EnumSet.of(COMPACT_ADMIN), "record declared conflicts");
    if (RosterMember.findById(memberId) == null) {
      throw ProblemException.ruleViolation(
          "No roster member " + memberId,
          List.of(new Problem.Violation("memberId", "not on any CCRG roster")));
    }
    if (PanelMember.count("disputeId = ?1 and rosterMemberId = ?2", d.id, memberId) > 0) {
      throw ProblemException.conflict(
          "Member " + memberId + " already sits on this case's panel",
          Map.of("rule", "NO_DECLARED_CONFLICT", "member", Map.of("id", memberId.toString())));
    }
    DeclaredConflict conflict = new DeclaredConflict();
    conflict.id = UUID.randomUUID();
    conflict.disputeId = d.id;
    conflict.rosterMemberId = memberId;
    conflict.reason = reason.trim();
    conflict.declaredOn = time.today();
    conflict.createdAt = time.now();
    conflict.persist();
    d.touch(time.now());
    return conflict;
  }

  @Transactional
  public Dispute appoint(UUID id, String ifMatch, Commands.Appoint command) {
    Dispute d = access.visibleCaseForUpdate(id);
    CaseAccess.require(access.actorsOn(d), EnumSet.of(COMPACT_ADMIN), "appoint the panel");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    StageDefinition stage = procedures.stageOf(d);
    if (!stage.panelSits()) {
      throw ProblemException.conflict(
          "No panel sits at " + d.stage,
          Map.of(
              "currentStage",
              d.stage,
              "allowedNextSteps",
              procedures.of(d).allowedNextSteps(d.stage)));
    }
    if (d.hasPanel()) {
      throw ProblemException.conflict("The panel was convened on " + d.panelConvenedOn);
    }
    LocalDate convenedOn = command.convenedOn() == null ? time.today() : command.convenedOn();
    disputes.requireDateInStage(d, "convenedOn", convenedOn);

    List<PanelCandidate> candidates = new ArrayList<>();
    Map<UUID, RosterMember> members = new LinkedHashMap<>();
    List<RosterMember> found = RosterMember.list("id in ?1", command.memberIds());
    found.forEach(m -> members.put(m.id, m));
    Map<UUID, SignatoryReplica> organisations =
        replica.findAll(found.stream().map(m -> m.organisationId).toList());
    for (UUID memberId : command.memberIds()) {
      RosterMember m = members.get(memberId);
      if (m == null) {
        candidates.add(new PanelCandidate(memberId, "unknown", new UUID(0, 0), null, -1, Set.of()));
        continue;
      }
      SignatoryReplica org = organisations.get(m.organisationId);
      candidates.add(
          new PanelCandidate(
              m.id,
              m.subject,
              m.organisationId,
              org == null ? null : org.sector,
              m.reviewYear,
              Set.copyOf(m.declaredInterests)));
    }
    Set<UUID> conflicted = new HashSet<>();
    DeclaredConflict.<DeclaredConflict>list("disputeId", d.id)
        .forEach(c -> conflicted.add(c.rosterMemberId));
    new PanelComposition(config.panelSectors(), config.panelMembersPerSector())
        .check(candidates, d.rosterYear, d.partyIds(), conflicted);

    for (PanelCandidate c : candidates) {
      PanelMember pm = new PanelMember();
      pm.id = UUID.randomUUID();
      pm.disputeId = d.id;
      pm.rosterMemberId = c.memberId();
      pm.subject = c.subject();
      pm.organisationId = c.organisationId();
      pm.sector = c.sector();
      pm.appointedOn = convenedOn;
      pm.persist();
    }
    d.panelConvenedOn = convenedOn;
    deadlines.refresh(d);
    events.panelConvened(d, candidates.size());
    return d;
  }

  @Transactional
  public Dispute chooseChair(UUID id, String ifMatch, UUID memberId) {
    Dispute d = access.visibleCaseForUpdate(id);
    CaseAccess.require(access.actorsOn(d), EnumSet.of(PANEL), "choose the panel's chair");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    if (PanelMember.count("disputeId = ?1 and rosterMemberId = ?2", d.id, memberId) == 0) {
      throw ProblemException.ruleViolation(
          "The chair is chosen from among the panel's members",
          List.of(new Problem.Violation("memberId", "not a member of this panel")));
    }
    d.chairMemberId = memberId;
    d.touch(time.now());
    return d;
  }

  @Transactional
  public Dispute decideRelatedness(UUID id, String ifMatch, Commands.Decide command) {
    Dispute d = access.visibleCaseForUpdate(id);
    CaseAccess.require(
        access.actorsOn(d), EnumSet.of(PANEL), "decide whether the complaint is Compact related");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    StageDefinition stage = procedures.stageOf(d);
    if (!stage.decidesRelatedness()) {
      throw ProblemException.conflict(
          "Relatedness is not decided at " + d.stage,
          Map.of(
              "currentStage",
              d.stage,
              "allowedNextSteps",
              procedures.of(d).allowedNextSteps(d.stage)));
    }
    if (d.relatedness != null) {
      throw ProblemException.conflict(
          "The panel decided " + d.relatedness + " on " + d.relatednessDecidedOn);
    }
    LocalDate decidedOn = command.decidedOn() == null ? time.today() : command.decidedOn();
    disputes.requireDateInStage(d, "decidedOn", decidedOn);
    if (decidedOn.isBefore(d.panelConvenedOn)) {
      throw ProblemException.ruleViolation(
          "The panel decides after it was convened (" + d.panelConvenedOn + ")",
          List.of(new Problem.Violation("decidedOn", "must not be before " + d.panelConvenedOn)));
    }
    d.relatedness = command.decision();
    d.relatednessDecidedOn = decidedOn;
    if (command.decision() == Relatedness.NOT_COMPACT_RELATED) {
      DisputeService.requireText(
          "report",
          command.report(),
          "the CCRG reports a case that is not Compact related to the steering group");
    }
    if (command.report() != null && !command.report().isBlank()) {
      disputes.writeRecord(d, RecordKind.CCRG_REPORT, command.report(), null, null, PANEL);
    }
    events.relatednessDecided(d);
    if (command.decision() == Relatedness.NOT_COMPACT_RELATED) {
      d.status = DisputeStatus.CLOSED;
      d.outcome = Outcome.NOT_COMPACT_RELATED;
      d.closedOn = decidedOn;
      clock.resumeOnClosing(d, EnumSet.of(PANEL));
      events.closed(d);
    }
    return d;
  }

  @Transactional
  public Hearing schedule(UUID id, String ifMatch, Commands.Schedule command) {
    Dispute d = access.visibleCaseForUpdate(id);
    CaseAccess.require(access.actorsOn(d), EnumSet.of(PANEL), "schedule hearings");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    StageDefinition stage = procedures.stageOf(d);
    if (!stage.hearings()) {
      throw ProblemException.conflict(
          "No hearings are held at " + d.stage,
          Map.of(
              "currentStage",
              d.stage,
              "allowedNextSteps",
              procedures.of(d).allowedNextSteps(d.stage)));
    }
    if (stage.decidesRelatedness() && d.relatedness != Relatedness.COMPACT_RELATED) {
      throw ProblemException.conflict(
          "The panel sets a hearing date once it has decided the complaint is Compact related");
    }
    if (Hearing.count("disputeId = ?1 and heldOn is null", d.id) > 0) {
      throw ProblemException.conflict("A hearing is already scheduled; record it as held first");
    }
    LocalDate today = time.today();
    long previous = Hearing.count("disputeId", d.id);
    HearingKind kind = previous == 0 ? HearingKind.HEARING : HearingKind.FURTHER_MEETING;
    LocalDate notBefore = d.receivedOn != null ? d.receivedOn : d.enteredCurrentStageOn();
    if (command.hearingOn().isBefore(notBefore)) {
      throw ProblemException.ruleViolation(
          "A hearing cannot be before " + notBefore,
          List.of(new Problem.Violation("hearingOn", "must not be before " + notBefore)));
    }
    Deadline deadline = null;
    if (kind == HearingKind.HEARING) {
      deadlines.refresh(d, null);
      deadline = d.deadline(DeadlineKind.HEARING_HELD).orElse(null);
    }
    HearingRules.requireReasonIfLate(command.hearingOn(), deadline, command.lateReason());
    Hearing h = new Hearing();
    h.id = UUID.randomUUID();
    h.disputeId = d.id;
    h.sequence = (int) previous + 1;
    h.kind = kind;
    h.hearingOn = command.hearingOn();
    h.scheduledOn = today;
    h.lateReason =
        HearingRules.isLate(command.hearingOn(), deadline) ? command.lateReason().trim() : null;
    h.persist();
    if (kind == HearingKind.HEARING) {
      events.hearingScheduled(d, h, deadline, HearingRules.isLate(h.hearingOn, deadline));
    } else {
      d.touch(time.now());
    }
    return h;
  }

  @Transactional
  public Hearing recordHeld(UUID id, UUID hearingId, String ifMatch, LocalDate heldOn) {
    Dispute d = access.visibleCaseForUpdate(id);
    CaseAccess.require(access.actorsOn(d), EnumSet.of(PANEL), "record hearings");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    Hearing h = hearing(d, hearingId);
    if (h.isHeld()) {
      throw ProblemException.conflict("The hearing was held on " + h.heldOn);
    }
    LocalDate on = heldOn == null ? time.today() : heldOn;
    disputes.requireDateInStage(d, "heldOn", on);
    h.heldOn = on;
    if (h.kind == HearingKind.HEARING) {
      deadlines.refresh(d, on);
      events.hearingHeld(d, h, d.deadline(DeadlineKind.HEARING_HELD).orElse(null));
    } else {
      d.touch(time.now());
    }
    return h;
  }

  @Transactional
  public Hearing nominate(UUID id, UUID hearingId, String ifMatch, Commands.Nominate command) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    CaseAccess.require(actors, EnumSet.of(PARTY, PANEL), "nominate hearing representatives");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    if (!d.partyIds().contains(command.signatoryId())) {
      throw ProblemException.ruleViolation(
          command.signatoryId() + " is not a party to this dispute",
          List.of(new Problem.Violation("signatoryId", "must be a party")));
    }
    if (!actors.contains(PANEL) && !caller.belongsTo(command.signatoryId())) {
      throw ProblemException.forbidden("A party nominates its own representatives only");
    }
    Hearing h = hearing(d, hearingId);
    if (h.isHeld()) {
      throw ProblemException.conflict("The hearing was held on " + h.heldOn);
    }
    Representative.checkNomination(command.representatives());
    h.representatives.removeIf(r -> r.signatoryId.equals(command.signatoryId()));
    command
        .representatives()
        .forEach(r -> h.representatives.add(new NominatedRepresentative(command.signatoryId(), r)));
    d.touch(time.now());
    return h;
  }

  private static Hearing hearing(Dispute d, UUID hearingId) {
    Hearing h = Hearing.findById(hearingId);
    if (h == null || !h.disputeId.equals(d.id)) {
      throw ProblemException.notFound("Hearing", hearingId);
    }
    return h;
  }
}
