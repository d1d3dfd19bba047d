package org.compact.dispute.service;

import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;
import static org.compact.dispute.domain.Actor.PARTY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.config.DisputeConfig;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.CaseClock;
import org.compact.dispute.domain.CaseRecord;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.DisputeStatus;
import org.compact.dispute.domain.Hearing;
import org.compact.dispute.domain.Outcome;
import org.compact.dispute.domain.Party;
import org.compact.dispute.domain.PartyRole;
import org.compact.dispute.domain.Procedure;
import org.compact.dispute.domain.RecordKind;
import org.compact.dispute.domain.Referral;
import org.compact.dispute.domain.Relatedness;
import org.compact.dispute.domain.StageDefinition;
import org.compact.dispute.domain.UnresolvedClose;
import org.compact.dispute.domain.Visibility;
import org.compact.dispute.events.DisputeEvents;
import org.compact.platform.calendar.Calendars;
import org.compact.platform.calendar.DeadlineArea;
import org.compact.platform.calendar.DeadlinePolicies;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.replica.SignatoryReplica;
import org.compact.platform.replica.SignatoryReplicas;
import org.compact.platform.replica.WithdrawnOrganisations;
import org.compact.platform.security.Caller;
import org.compact.platform.time.TimeSource;

/** Opening, moving through the stages and closing cases; the case file. */
@ApplicationScoped
public class DisputeService {
  @Inject CaseAccess access;
  @Inject ProcedureCatalogue procedures;
  @Inject DisputeEvents events;
  @Inject SignatoryReplicas replica;
  @Inject WithdrawnOrganisations withdrawn;
  @Inject CompactConfig compact;
  @Inject DisputeConfig config;
  @Inject Caller caller;
  @Inject TimeSource time;
  @Inject EntityManager em;
  @Inject DeadlinePolicies policies;
  @Inject Calendars calendars;
  @Inject ClockService clock;

  // ---------------------------------------------------------------- opening

  @Transactional
  public Dispute open(Commands.Complaint complaint) {
    requireOpener(complaint, true);
    Dispute dispute = newDispute(complaint);
    Procedure procedure = procedures.current();
    dispute.status = DisputeStatus.OPEN;
    dispute.openedOn = time.today();
    dispute.enterStage(procedure.first().name(), dispute.openedOn);
    dispute.persist();
    events.opened(dispute);
    return dispute;
  }

  /**
   * A difference resolved inside an organisation's own procedure, notified to the steering group.
   */
  @Transactional
  public Dispute notifyResolvedInternally(Commands.InternalResolution notification) {
    requireOpener(notification.complaint(), false);
    LocalDate today = time.today();
    if (notification.resolvedOn().isAfter(today)) {
      throw ProblemException.ruleViolation(
          "resolvedOn " + notification.resolvedOn() + " is in the future",
          List.of(new Problem.Violation("resolvedOn", "must not be after " + today)));
    }
    Dispute dispute = newDispute(notification.complaint());
    dispute.status = DisputeStatus.CLOSED;
    dispute.outcome = Outcome.RESOLVED_INTERNALLY;
    dispute.openedOn = notification.resolvedOn();
    dispute.closedOn = notification.resolvedOn();
    dispute.enterStage(procedures.current().first().name(), notification.resolvedOn());
    dispute.persist();
    writeRecord(
        dispute,
        RecordKind.RESOLUTION_REPORT,
        notification.report(),
        null,
        null,
        caller.isAdmin() ? COMPACT_ADMIN : PARTY);
    events.notifiedResolvedInternally(dispute, today);
    events.closed(dispute);
    return dispute;
  }

  private void requireOpener(Commands.Complaint complaint, boolean asComplainant) {
    if (caller.isAdmin()) {
      return;
    }
    UUID org = caller.requireOrgId();
    boolean allowed =
        asComplainant
            ? org.equals(complaint.complainantId())
            : org.equals(complaint.complainantId()) || complaint.respondentIds().contains(org);
    if (!allowed) {
      throw ProblemException.forbidden(
          asComplainant
              ? "A partner opens disputes for its own organisation, as the complainant"
              : "A partner notifies differences its own organisation was party to");
    }
    if (asComplainant) {
      withdrawn.refuseIfCallerWithdrawn("open disputes");
    }
  }

  private Dispute newDispute(Commands.Complaint c) {
    List<Problem.Violation> problems = new ArrayList<>();
    Set<UUID> respondents = new LinkedHashSet<>(c.respondentIds());
    Set<UUID> everyone = new LinkedHashSet<>(respondents);
    everyone.add(c.complainantId());
    Map<UUID, SignatoryReplica> known = replica.findAll(everyone);
    SignatoryReplica complainant = known.get(c.complainantId());
    if (complainant == null || !complainant.isSigned()) {
      problems.add(
          new Problem.Violation(
              "complainantId",
              complainant == null
                  ? "is not an organisation on the signatory register"
                  : "is " + complainant.status + ", not a current signatory"));
    }
    if (respondents.size() != c.respondentIds().size()) {
      problems.add(new Problem.Violation("respondentIds", "lists an organisation twice"));
    }
    if (respondents.contains(c.complainantId())) {
      problems.add(new Problem.Violation("respondentIds", "must not include the complainant"));
    }
    for (UUID r : respondents) {
      SignatoryReplica respondent = known.get(r);
      if (respondent == null || !respondent.hasSigned()) {
        problems.add(
            new Problem.Violation(
                "respondentIds",
                r
                    + " is not a signatory ("
                    + (respondent == null ? "unknown" : respondent.status)
                    + ")"));
      }
    }
    problems.addAll(commitmentProblems("commitments", c.commitments()));
    if (c.commitments().isEmpty() && blank(c.commitmentDetails())) {
      problems.add(
          new Problem.Violation("commitments", "name at least one commitment (code or free text)"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.ruleViolation("The dispute cannot be opened", problems);
    }
    Dispute d = new Dispute();
    d.id = UUID.randomUUID();
    d.procedure = procedures.current().name();
    d.complainantId = c.complainantId();
    d.parties.add(new Party(c.complainantId(), PartyRole.COMPLAINANT, complainant.sector));
    for (UUID r : respondents) {
      d.parties.add(new Party(r, PartyRole.RESPONDENT, known.get(r).sector));
    }
    d.commitments.addAll(c.commitments());
    d.commitmentDetails = trimmed(c.commitmentDetails());
    d.natureOfDifference = trimmed(c.natureOfDifference());
    d.whatHasBeenDone = trimmed(c.whatHasBeenDone());
    d.breach = c.breach();
    d.openedBy = caller.subject();
    d.createdAt = time.now();
    d.updatedAt = d.createdAt;
    return d;
  }

  List<Problem.Violation> commitmentProblems(String field, List<String> codes) {
    List<String> catalogue = compact.codesOfPractice();
    return codes.stream()
        .filter(code -> !catalogue.contains(code))
        .map(
            code ->
                new Problem.Violation(
                    field, code + " is not one of the Codes of Practice " + catalogue))
        .toList();
  }

  // ---------------------------------------------------------------- stage 2 referral

  @Transactional
  public Dispute submitReferral(UUID id, String ifMatch, Referral referral) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    CaseAccess.require(
        actors, EnumSet.of(PARTY, COMPACT_ADMIN), "refer a dispute to the steering group");
    ETags.requireIfMatch(ifMatch, d.version);
    requireOpen(d);
    Procedure procedure = procedures.of(d);
    boolean nextNeedsReferral =
        procedure.next(d.stage).map(StageDefinition::referralRequired).orElse(false);
    if (!nextNeedsReferral) {
      throw ProblemException.conflict(
          "A referral is made from the stage before a referral stage; this case is at " + d.stage,
          Map.of("currentStage", d.stage, "allowedNextSteps", procedure.allowedNextSteps(d.stage)));
    }
    storeReferral(d, referral);
    d.touch(time.now());
    return d;
  }

  private void storeReferral(Dispute d, Referral referral) {
    List<Problem.Violation> problems =
        referral.problems(d.complainantId, d.respondentIds(), compact.codesOfPractice());
    if (!problems.isEmpty()) {
      throw ProblemException.ruleViolation(
          "The referral is incomplete: " + problems.size() + " item(s) missing or invalid",
          problems);
    }
    d.referralOrganisations.clear();
    d.referralOrganisations.addAll(referral.organisations());
    d.referralCommitments.clear();
    d.referralCommitments.addAll(referral.commitments());
    d.referralCommitmentDetails = trimmed(referral.commitmentDetails());
    d.referralNature = trimmed(referral.natureOfDifference());
    d.referralWhatDone = trimmed(referral.whatHasBeenDone());
    d.referralLetter = trimmed(referral.letter());
    d.referralSubmittedOn = time.today();
  }

  // ---------------------------------------------------------------- stages

  @Transactional
  public Dispute advance(UUID id, String ifMatch, Commands.Advance command) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    ETags.requireIfMatch(ifMatch, d.version);
    Procedure procedure = procedures.of(d);
    requireOpen(d);
    StageDefinition current = procedure.stage(d.stage);
    StageDefinition target = procedure.requireNext(d.stage, command.toStage());
    CaseAccess.require(actors, target.enteredBy(), "move this case to " + target.name());
    requireStageFinished(d, current);
    LocalDate today = time.today();
    if (target.referralRequired()) {
      if (command.referral() != null) {
        storeReferral(d, command.referral());
      } else if (!d.hasReferral()) {
        new Referral(List.of(), List.of(), null, null, null, null)
            .requireComplete(d.complainantId, d.respondentIds(), compact.codesOfPractice());
      }
      recordReceipt(d, target, command.receivedOn(), today);
    } else if (command.receivedOn() != null) {
      throw ProblemException.ruleViolation(
          target.name() + " records no receipt date",
          List.of(new Problem.Violation("receivedOn", "only for a referral stage")));
    }
    if (target.panelSits() && d.rosterYear == null) {
      d.rosterYear = procedures.reviewYearOf(today).startYear();
    }
    String from = d.stage;
    d.enterStage(target.name(), today);
    events.stageAdvanced(d, from);
    return d;
  }

  /** Leaving a panel stage needs its decision and a hearing first ("unresolved at stage 2"). */
  private void requireStageFinished(Dispute d, StageDefinition current) {
    if (current.decidesRelatedness() && d.relatedness != Relatedness.COMPACT_RELATED) {
      throw ProblemException.conflict(
          "The panel has not yet decided that the complaint is Compact related",
          Map.of(
              "currentStage",
              d.stage,
              "allowedNextSteps",
              procedures.of(d).allowedNextSteps(d.stage)));
    }
    if (current.hearings() && Hearing.count("disputeId = ?1 and heldOn is not null", d.id) == 0) {
      throw ProblemException.conflict(
          "No hearing has been held at " + d.stage + " yet",
          Map.of(
              "currentStage",
              d.stage,
              "allowedNextSteps",
              procedures.of(d).allowedNextSteps(d.stage)));
    }
  }

  private void recordReceipt(
      Dispute d, StageDefinition target, LocalDate receivedOn, LocalDate today) {
    if (receivedOn == null) {
      throw ProblemException.ruleViolation(
          "compact-admin records the date the steering group received the referral",
          List.of(new Problem.Violation("receivedOn", "required for " + target.name())));
    }
    if (receivedOn.isAfter(today)) {
      throw ProblemException.ruleViolation(
          "The receipt date " + receivedOn + " is in the future",
          List.of(new Problem.Violation("receivedOn", "must not be after " + today)));
    }
    d.receivedOn = receivedOn;
    d.rosterYear = procedures.reviewYearOf(receivedOn).startYear();
    // the day count and the days are fixed now: a later configuration change affects new cases
    d.deadlineDayCount = policies.dayCount(DeadlineArea.DISPUTE);
    for (DeadlineKind kind : target.deadlines()) {
      int days =
          kind == DeadlineKind.PANEL_CONVENED
              ? config.panelDeadlineDays()
              : config.hearingDeadlineDays();
      LocalDate due =
          calendars
              .calendar()
              .deadline(CaseClock.START_NAME, receivedOn, days, d.deadlineDayCount)
              .dueOn();
      d.storeDeadline(kind, days, due);
    }
  }

  // ---------------------------------------------------------------- closing

  @Transactional
  public Dispute close(UUID id, String ifMatch, Commands.Close command) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    ETags.requireIfMatch(ifMatch, d.version);
    requireOpen(d);
    Procedure procedure = procedures.of(d);
    StageDefinition stage = procedure.stage(d.stage);
    Map<String, Object> steps =
        Map.of("currentStage", d.stage, "allowedNextSteps", procedure.allowedNextSteps(d.stage));
    switch (command.outcome()) {
      case RESOLVED ->
          CaseAccess.require(actors, stage.resolvedBy(), "record a resolution at " + d.stage);
      case NO_FURTHER_RECOURSE -> {
        if (stage.unresolvedClose() == UnresolvedClose.NOT_HERE) {
          throw ProblemException.conflict(
              "A case cannot end without further recourse at " + d.stage, steps);
        }
        CaseAccess.require(actors, stage.resolvedBy(), "close this case at " + d.stage);
        if (stage.unresolvedClose() == UnresolvedClose.AFTER_SIGNPOSTING
            && (command.resourcesOffered() == null || command.resourcesOffered().isEmpty())) {
          throw ProblemException.ruleViolation(
              "Record the resources the parties were signposted to",
              List.of(new Problem.Violation("resourcesOffered", "at least one resource")));
        }
      }
      case NOT_COMPACT_RELATED ->
          throw ProblemException.conflict(
              "NOT_COMPACT_RELATED is the panel's relatedness decision (POST .../relatedness)",
              steps);
      case RESOLVED_INTERNALLY ->
          throw ProblemException.conflict(
              "RESOLVED_INTERNALLY is notified as a new record (POST /disputes/internal-resolutions)",
              steps);
    }
    LocalDate closedOn = command.closedOn() == null ? time.today() : command.closedOn();
    requireDateInStage(d, "closedOn", closedOn);
    requireText(
        "report", command.report(), "the report to the steering group is required on every path");
    d.status = DisputeStatus.CLOSED;
    d.outcome = command.outcome();
    d.closedOn = closedOn;
    clock.resumeOnClosing(d, actors);
    if (command.resourcesOffered() != null) {
      d.resourcesOffered.clear();
      d.resourcesOffered.addAll(command.resourcesOffered());
    }
    boolean byPanel = actors.contains(PANEL) && stage.resolvedBy().contains(PANEL);
    writeRecord(
        d,
        byPanel ? RecordKind.CCRG_REPORT : RecordKind.RESOLUTION_REPORT,
        command.report(),
        null,
        null,
        byPanel ? PANEL : actors.contains(PARTY) ? PARTY : COMPACT_ADMIN);
    events.closed(d);
    return d;
  }

  void requireDateInStage(Dispute d, String field, LocalDate date) {
    LocalDate today = time.today();
    if (date.isAfter(today)) {
      throw ProblemException.ruleViolation(
          field + " " + date + " is in the future",
          List.of(new Problem.Violation(field, "must not be after " + today)));
    }
    LocalDate from = d.enteredCurrentStageOn();
    if (d.receivedOn != null && d.receivedOn.isBefore(from)) {
      from = d.receivedOn;
    }
    if (date.isBefore(from)) {
      throw ProblemException.ruleViolation(
          field + " " + date + " is before the case reached " + d.stage,
          List.of(new Problem.Violation(field, "must not be before " + from)));
    }
  }

  // ---------------------------------------------------------------- case file

  @Transactional
  public CaseRecord addEntry(UUID id, Commands.Entry entry) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    StageDefinition stage = procedures.stageOf(d);
    Actor author;
    switch (entry.kind()) {
      case LETTER, SUBMISSION -> {
        Set<Actor> writers =
            stage.detailsVisibleToAdmin() ? EnumSet.of(PARTY, COMPACT_ADMIN) : EnumSet.of(PARTY);
        CaseAccess.require(actors, writers, "write letters and submissions at " + d.stage);
        requireOpen(d);
        author = actors.contains(PARTY) ? PARTY : COMPACT_ADMIN;
        if (entry.kind() == RecordKind.LETTER && stage.letterMustNameCommitment()) {
          List<String> codes = entry.commitments() == null ? List.of() : entry.commitments();
          List<Problem.Violation> problems =
              new ArrayList<>(commitmentProblems("commitments", codes));
          if (codes.isEmpty()) {
            problems.add(
                new Problem.Violation(
                    "commitments",
                    "a formal letter at " + d.stage + " states which commitment was breached"));
          }
          if (!problems.isEmpty()) {
            throw ProblemException.ruleViolation(
                "The formal letter must name the commitment breached", problems);
          }
        }
      }
      case PANEL_NOTE, HEARING_NOTE -> {
        CaseAccess.require(actors, EnumSet.of(PANEL), "write panel notes");
        author = PANEL;
      }
      case CCRG_REPORT -> {
        CaseAccess.require(actors, EnumSet.of(PANEL), "report to the steering group for the CCRG");
        requireChair(d, "keeps the steering group informed");
        author = PANEL;
      }
      case UPDATE -> {
        CaseAccess.require(actors, EnumSet.of(PARTY), "add updates");
        author = PARTY;
      }
      default ->
          throw ProblemException.ruleViolation(
              entry.kind() + " entries are written by closing the case",
              List.of(new Problem.Violation("kind", "not writable here")));
    }
    if (entry.hearingId() != null
        && Hearing.count("id = ?1 and disputeId = ?2", entry.hearingId(), d.id) == 0) {
      throw ProblemException.ruleViolation(
          "No hearing " + entry.hearingId() + " in this case",
          List.of(new Problem.Violation("hearingId", "not a hearing of this case")));
    }
    String text = entry.text();
    if (entry.commitments() != null && !entry.commitments().isEmpty()) {
      text = "Commitments: " + String.join(", ", entry.commitments()) + "\n" + text;
    }
    return writeRecord(d, entry.kind(), text, entry.hearingId(), null, author);
  }

  void requireChair(Dispute d, String what) {
    UUID chair = d.chairMemberId;
    boolean isChair =
        chair != null
            && org.compact.dispute.domain.PanelMember.count(
                    "disputeId = ?1 and rosterMemberId = ?2 and subject = ?3",
                    d.id,
                    chair,
                    caller.subject())
                > 0;
    if (!isChair) {
      throw ProblemException.forbidden("Only the panel's chair " + what);
    }
  }

  CaseRecord writeRecord(
      Dispute d, RecordKind kind, String text, UUID hearingId, String stageOverride, Actor author) {
    Set<Actor> readers = Visibility.readersOf(kind, procedures.stageOf(d));
    CaseRecord record = new CaseRecord();
    record.id = UUID.randomUUID();
    record.disputeId = d.id;
    record.kind = kind;
    record.stage = stageOverride == null ? d.stage : stageOverride;
    record.text = text.trim();
    record.authorRole = author;
    record.authorSubject = caller.subject();
    record.authorOrganisation = author == PARTY ? caller.orgId().orElse(null) : null;
    record.hearingId = hearingId;
    record.recordedOn = time.today();
    record.createdAt = time.now();
    record.visibleToParties = readers.contains(PARTY);
    record.visibleToAdmin = readers.contains(COMPACT_ADMIN);
    record.visibleToPanel = readers.contains(PANEL);
    record.persist();
    return record;
  }

  static final String READABLE_RECORD =
      "disputeId = :id and ((:panel = true and visibleToPanel = true)"
          + " or (:party = true and visibleToParties = true)"
          + " or (:admin = true and visibleToAdmin = true))";

  private void bindReader(jakarta.persistence.Query q, Dispute d) {
    Set<Actor> actors = access.actorsOn(d);
    q.setParameter("id", d.id)
        .setParameter("panel", actors.contains(PANEL))
        .setParameter("party", actors.contains(PARTY))
        .setParameter("admin", actors.contains(COMPACT_ADMIN));
  }

  /** The entries of the case file this caller may read, selected in the query itself. */
  public List<CaseRecord> records(UUID id, RecordKind kind, int offset, int limit, long[] total) {
    Dispute d = access.visibleCase(id);
    String where = READABLE_RECORD + (kind == null ? "" : " and kind = :kind");
    var count = em.createQuery("select count(r) from CaseRecord r where " + where, Long.class);
    var select =
        em.createQuery(
            "from CaseRecord r where " + where + " order by createdAt, id", CaseRecord.class);
    for (jakarta.persistence.Query q : List.<jakarta.persistence.Query>of(count, select)) {
      bindReader(q, d);
      if (kind != null) {
        q.setParameter("kind", kind);
      }
    }
    total[0] = count.getSingleResult();
    return select.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public java.util.Optional<CaseRecord> record(UUID id, UUID recordId) {
    Dispute d = access.visibleCase(id);
    var select =
        em.createQuery(
                "from CaseRecord r where r.id = :record and " + READABLE_RECORD, CaseRecord.class)
            .setParameter("record", recordId);
    bindReader(select, d);
    return select.getResultList().stream().findFirst();
  }

  // ---------------------------------------------------------------- reads

  public Dispute find(UUID id) {
    return access.visibleCase(id);
  }

  public List<Dispute> list(
      DisputeStatus status, String stage, int offset, int limit, long[] total) {
    String where =
        "where "
            + CaseAccess.VISIBLE
            + (status == null ? "" : " and d.status = :status")
            + (stage == null ? "" : " and d.stage = :stage");
    var count = access.bind(em.createQuery("select count(d) from Dispute d " + where, Long.class));
    var select =
        access.bind(
            em.createQuery(
                "select d from Dispute d " + where + " order by d.openedOn desc, d.id",
                Dispute.class));
    for (jakarta.persistence.Query q : List.<jakarta.persistence.Query>of(count, select)) {
      if (status != null) {
        q.setParameter("status", status);
      }
      if (stage != null) {
        q.setParameter("stage", stage);
      }
    }
    total[0] = count.getSingleResult();
    return select.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  // ---------------------------------------------------------------- helpers

  void requireOpen(Dispute d) {
    if (!d.isOpen()) {
      throw ProblemException.conflict(
          "The case is closed (" + d.outcome + " on " + d.closedOn + ")",
          Map.of("currentStage", d.stage, "allowedNextSteps", List.of()));
    }
  }

  static void requireText(String field, String value, String message) {
    if (blank(value)) {
      throw ProblemException.ruleViolation(message, List.of(new Problem.Violation(field, message)));
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String trimmed(String value) {
    return blank(value) ? null : value.trim();
  }
}
