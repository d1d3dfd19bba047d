package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.of;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionOverdue;
import org.compact.contracts.actionplan.ActionProgressRecorded;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.consultation.ConsultationCancelled;
import org.compact.contracts.consultation.ConsultationClosed;
import org.compact.contracts.consultation.ConsultationDetails;
import org.compact.contracts.consultation.ConsultationOutcomePublished;
import org.compact.contracts.consultation.ConsultationResultsPublished;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.contracts.consultation.LeadIn;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeDeadlineMissed;
import org.compact.contracts.dispute.DisputeHearingHeld;
import org.compact.contracts.dispute.DisputeNotifiedResolvedInternally;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.dispute.DisputePanelConvened;
import org.compact.contracts.dispute.DisputeRelatednessDecided;
import org.compact.contracts.dispute.DisputeStageAdvanced;
import org.compact.contracts.dispute.DisputeSummaryPublished;
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.dispute.PartyRole;
import org.compact.contracts.dispute.Relatedness;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.testsupport.TestTokens;

/**
 * A scripted Compact over the review years 2001-02 and 2002-03 (the earliest dates of any test, so
 * other tests cannot change its figures). The expected figures in src/test/resources/golden were
 * worked out by hand from this script; the events are published in shuffled order across topics.
 */
final class GoldenScenario {
  static final UUID S1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID S2 = UUID.fromString("00000000-0000-4000-8000-000000000002");
  static final UUID S3 = UUID.fromString("00000000-0000-4000-8000-000000000003");
  static final UUID S4 = UUID.fromString("00000000-0000-4000-8000-000000000004");
  static final UUID S5 = UUID.fromString("00000000-0000-4000-8000-000000000005");
  static final UUID S6 = UUID.fromString("00000000-0000-4000-8000-000000000006");
  static final UUID S7 = UUID.fromString("00000000-0000-4000-8000-000000000007");
  private static final List<String> CODES = List.of("CONSULTATION", "FUNDING");
  private static boolean loaded;

  private GoldenScenario() {}

  /** Publishes the scenario once per test JVM and waits until every event is applied. */
  static synchronized void load(TestEvents events) {
    if (loaded) {
      return;
    }
    List<EventEnvelope> all = new ArrayList<>();
    signatories(all);
    actions(all);
    consultations(all);
    disputes(all);
    Collections.shuffle(all, new Random(2002));
    all.forEach(events::publish);
    events.awaitApplied(all.toArray(EventEnvelope[]::new));
    goodPractice();
    loaded = true;
  }

  private static void add(List<EventEnvelope> out, long version, EventPayload payload) {
    out.add(TestEvents.envelope(version, payload));
  }

  private static SignatorySigned signed(UUID id, String name, String sector, LocalDate on) {
    return new SignatorySigned(id, name, sector, "charity", on, CODES);
  }

  private static void signatories(List<EventEnvelope> out) {
    add(out, 1, signed(S1, "Golden Stafford CVS", "VCS", of(2001, 4, 1)));
    add(out, 1, signed(S2, "Golden Youth Trust", "VCS", of(2002, 3, 31)));
    add(out, 1, signed(S3, "Golden Borough Council", "PUBLIC", of(2001, 6, 1)));
    add(out, 2, new SignatoryChampionChanged(S3, "PUBLIC", true, of(2002, 4, 15)));
    add(out, 1, signed(S4, "Golden NHS Trust", "PUBLIC", of(2002, 4, 1)));
    add(out, 1, signed(S5, "Golden Local Business", "PRIVATE", of(2001, 9, 1)));
    add(out, 2, new SignatoryWithdrawn(S5, "PRIVATE", of(2002, 10, 1), "Closed down"));
    add(out, 1, signed(S6, "Golden Faith Group", "VCS", of(2001, 5, 1)));
    add(out, 2, new SignatoryWithdrawn(S6, "VCS", of(2002, 2, 1), "Reorganising"));
    add(out, 3, new SignatoryResigned(S6, "VCS", of(2002, 5, 1), CODES));
    add(
        out,
        1,
        new SignatoryRegistered(
            S7,
            "Golden Prospect",
            "VCS",
            "community group",
            "Stafford",
            "PROSPECT",
            of(2001, 7, 1),
            List.of()));
  }

  private static void actions(List<EventEnvelope> out) {
    UUID plan = UUID.fromString("00000000-0000-4000-8000-0000000000a0");
    UUID draft = UUID.fromString("00000000-0000-4000-8000-0000000000a9");
    UUID a1 = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    UUID a2 = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    UUID a3 = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    UUID a4 = UUID.fromString("00000000-0000-4000-8000-0000000000a4");
    UUID a5 = UUID.fromString("00000000-0000-4000-8000-0000000000a5");
    UUID ad = UUID.fromString("00000000-0000-4000-8000-0000000000ad");
    add(out, 1, new PlanCreated(plan, "Compact action plan", "2001-03", of(2001, 4, 2)));
    add(
        out,
        2,
        new PlanPublished(
            plan, "Compact action plan", "2001-03", of(2001, 4, 10), of(2001, 4, 10)));
    add(out, 1, new PlanCreated(draft, "Draft plan", "2001-02", of(2001, 5, 1)));
    add(out, 1, created(a1, plan, Priority.HIGH, of(2001, 12, 31), of(2001, 4, 10)));
    add(
        out,
        2,
        changed(
            a1,
            plan,
            ActionStatus.NOT_STARTED,
            ActionStatus.IN_PROGRESS,
            of(2001, 6, 1),
            null,
            Priority.HIGH));
    add(
        out,
        3,
        changed(
            a1,
            plan,
            ActionStatus.IN_PROGRESS,
            ActionStatus.COMPLETED,
            of(2002, 4, 3),
            of(2002, 3, 30),
            Priority.HIGH));
    add(out, 1, created(a2, plan, Priority.MEDIUM, of(2002, 3, 31), of(2001, 4, 10)));
    add(
        out,
        2,
        changed(
            a2,
            plan,
            ActionStatus.NOT_STARTED,
            ActionStatus.IN_PROGRESS,
            of(2001, 9, 1),
            null,
            Priority.MEDIUM));
    add(
        out,
        3,
        new ActionOverdue(
            a2, plan, of(2002, 3, 31), of(2002, 4, 1), ActionStatus.IN_PROGRESS, Priority.MEDIUM));
    add(out, 1, created(a3, plan, Priority.LOW, null, of(2001, 4, 10), List.of(S3)));
    add(
        out,
        2,
        changed(
            a3,
            plan,
            ActionStatus.NOT_STARTED,
            ActionStatus.DROPPED,
            of(2002, 6, 1),
            null,
            Priority.LOW));
    add(out, 1, created(a4, plan, null, of(2003, 3, 31), of(2002, 5, 1), List.of(S1, S3)));
    add(
        out,
        2,
        changed(
            a4,
            plan,
            ActionStatus.NOT_STARTED,
            ActionStatus.COMPLETED,
            of(2003, 3, 31),
            of(2003, 3, 31),
            null));
    add(
        out,
        1,
        created(a5, plan, Priority.MEDIUM_HIGH, of(2002, 9, 30), of(2002, 4, 20), List.of()));
    add(
        out,
        2,
        new ActionProgressRecorded(
            a5, plan, UUID.randomUUID(), of(2002, 7, 1), ActionStatus.IN_PROGRESS));
    add(
        out,
        3,
        changed(
            a5,
            plan,
            ActionStatus.IN_PROGRESS,
            ActionStatus.COMPLETED,
            of(2003, 4, 2),
            of(2003, 4, 1),
            Priority.MEDIUM_HIGH));
    add(out, 1, created(ad, draft, Priority.HIGH, of(2001, 12, 1), of(2001, 5, 1)));
  }

  private static ActionCreated created(
      UUID action, UUID plan, Priority priority, LocalDate due, LocalDate on) {
    return created(action, plan, priority, due, on, List.of(S1));
  }

  private static ActionCreated created(
      UUID action, UUID plan, Priority priority, LocalDate due, LocalDate on, List<UUID> leads) {
    return new ActionCreated(
        action,
        plan,
        priority,
        ActionStatus.NOT_STARTED,
        due == null ? "Ongoing" : due.toString(),
        due,
        leads,
        on);
  }

  private static ActionStatusChanged changed(
      UUID action,
      UUID plan,
      ActionStatus from,
      ActionStatus to,
      LocalDate on,
      LocalDate completedOn,
      Priority priority) {
    return new ActionStatusChanged(action, plan, from, to, on, completedOn, priority);
  }

  private static void consultations(List<EventEnvelope> out) {
    UUID c1 = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    UUID c2 = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
    UUID c3 = UUID.fromString("00000000-0000-4000-8000-0000000000c3");
    UUID c4 = UUID.fromString("00000000-0000-4000-8000-0000000000c4");
    UUID c5 = UUID.fromString("00000000-0000-4000-8000-0000000000c5");
    UUID c6 = UUID.fromString("00000000-0000-4000-8000-0000000000c6");
    ConsultationDetails d1 = details("Community plan", of(2001, 6, 1), of(2001, 8, 24));
    LeadIn full = new LeadIn(84, 84, true, null);
    add(out, 1, new ConsultationScheduled(c1, S3, "PLANNED", d1, full, of(2001, 5, 1)));
    add(out, 2, new ConsultationClosed(c1, S3, "CLOSED", d1, full, of(2001, 8, 24)));
    add(
        out,
        3,
        new ConsultationResultsPublished(
            c1,
            S3,
            "RESULTS_PUBLISHED",
            d1,
            full,
            UUID.randomUUID(),
            "cp-1",
            of(2001, 10, 1),
            312,
            true));
    add(
        out,
        4,
        new ConsultationOutcomePublished(c1, S3, "OUTCOME_PUBLISHED", d1, full, of(2002, 4, 10)));
    ConsultationDetails d2 = details("Budget 2002", of(2002, 1, 7), of(2002, 2, 4));
    LeadIn short2 = new LeadIn(28, 84, false, "Statutory budget timetable");
    add(out, 1, new ConsultationScheduled(c2, S3, "PLANNED", d2, short2, of(2001, 12, 1)));
    add(
        out,
        2,
        new ConsultationResultsPublished(
            c2,
            S3,
            "RESULTS_PUBLISHED",
            d2,
            short2,
            UUID.randomUUID(),
            "b-1",
            of(2002, 3, 1),
            90,
            true));
    ConsultationDetails d3 = details("Parks strategy", of(2002, 6, 1), of(2002, 9, 30));
    add(
        out,
        1,
        new ConsultationScheduled(
            c3, S1, "PLANNED", d3, new LeadIn(121, 84, true, null), of(2002, 5, 1)));
    ConsultationDetails d4 = details("Library hours", of(2003, 2, 1), of(2003, 3, 31));
    add(
        out,
        1,
        new ConsultationScheduled(
            c4, S3, "PLANNED", d4, new LeadIn(58, 84, false, "Contract deadline"), of(2003, 1, 5)));
    ConsultationDetails d5 = details("Bus routes", of(2002, 5, 1), of(2002, 8, 1));
    LeadIn l5 = new LeadIn(92, 84, true, null);
    add(out, 1, new ConsultationScheduled(c5, S3, "PLANNED", d5, l5, of(2002, 4, 2)));
    add(
        out,
        2,
        new ConsultationCancelled(
            c5, S3, "CANCELLED", d5, l5, of(2002, 4, 20), "Merged into the transport review"));
    ConsultationDetails d6 = details("Housing", of(2003, 1, 10), of(2003, 4, 1));
    add(
        out,
        1,
        new ConsultationScheduled(
            c6,
            S3,
            "PLANNED",
            d6,
            new LeadIn(81, 84, false, "Government deadline"),
            of(2003, 1, 2)));
  }

  private static ConsultationDetails details(String title, LocalDate opens, LocalDate closes) {
    return new ConsultationDetails(
        title,
        List.of("residents", "voluntary groups"),
        List.of("survey"),
        true,
        true,
        opens,
        closes,
        closes.plusWeeks(6));
  }

  private static void disputes(List<EventEnvelope> out) {
    UUID d1 = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    UUID d2 = UUID.fromString("00000000-0000-4000-8000-0000000000d2");
    UUID d3 = UUID.fromString("00000000-0000-4000-8000-0000000000d3");
    UUID d4 = UUID.fromString("00000000-0000-4000-8000-0000000000d4");
    UUID d5 = UUID.fromString("00000000-0000-4000-8000-0000000000d5");
    add(out, 1, opened(d1, of(2001, 7, 1)));
    add(out, 2, new DisputeStageAdvanced(d1, "INFORMAL", "STAGE_1", of(2001, 8, 1), null));
    add(
        out,
        3,
        new DisputeClosed(d1, DisputeOutcome.RESOLVED, "STAGE_1", of(2001, 7, 1), of(2001, 10, 1)));
    add(
        out,
        4,
        new DisputeSummaryPublished(
            d1,
            "A grant condition was changed without consultation.",
            "Consult before changing grant conditions.",
            List.of("Add a consultation step to grant changes"),
            DisputeOutcome.RESOLVED,
            of(2002, 1, 15)));

    add(out, 1, opened(d2, of(2002, 2, 1)));
    add(out, 2, new DisputeStageAdvanced(d2, "INFORMAL", "STAGE_1", of(2002, 2, 15), null));
    add(
        out,
        3,
        new DisputeStageAdvanced(d2, "STAGE_1", "STAGE_2", of(2002, 3, 20), of(2002, 3, 20)));
    add(
        out,
        4,
        new DisputePanelConvened(d2, of(2002, 3, 20), of(2002, 4, 2), of(2002, 4, 3), true, 4));
    add(out, 5, new DisputeRelatednessDecided(d2, Relatedness.COMPACT_RELATED, of(2002, 4, 10)));
    add(out, 6, new DisputeHearingHeld(d2, of(2002, 5, 20), of(2002, 5, 15), false));
    add(
        out,
        7,
        new DisputeClosed(d2, DisputeOutcome.RESOLVED, "STAGE_2", of(2002, 2, 1), of(2002, 6, 10)));

    add(
        out,
        1,
        new DisputeNotifiedResolvedInternally(d3, parties(), of(2002, 4, 2), of(2002, 4, 5)));

    add(out, 1, opened(d4, of(2002, 11, 1)));
    add(out, 2, new DisputeStageAdvanced(d4, "INFORMAL", "STAGE_1", of(2002, 12, 1), null));
    add(
        out,
        3,
        new DisputeStageAdvanced(d4, "STAGE_1", "STAGE_2", of(2003, 1, 10), of(2003, 1, 10)));
    add(
        out,
        4,
        new DisputeDeadlineMissed(
            d4, DeadlineKind.PANEL_CONVENED, of(2003, 1, 24), of(2003, 1, 25)));
    add(
        out,
        5,
        new DisputePanelConvened(d4, of(2003, 1, 10), of(2003, 1, 28), of(2003, 1, 24), false, 4));
    add(
        out,
        6,
        new DisputeDeadlineMissed(d4, DeadlineKind.HEARING_HELD, of(2003, 3, 7), of(2003, 3, 8)));

    add(out, 1, opened(d5, of(2002, 3, 1)));
    add(out, 2, new DisputeStageAdvanced(d5, "INFORMAL", "STAGE_1", of(2002, 3, 10), null));
    add(
        out,
        3,
        new DisputeClosed(
            d5, DisputeOutcome.NOT_COMPACT_RELATED, "STAGE_1", of(2002, 3, 1), of(2002, 5, 1)));
    add(
        out,
        4,
        new DisputeSummaryPublished(
            d5,
            "A difference about a lease was not Compact-related.",
            null,
            List.of(),
            DisputeOutcome.NOT_COMPACT_RELATED,
            of(2002, 6, 1)));
  }

  private static DisputeOpened opened(UUID dispute, LocalDate on) {
    return new DisputeOpened(dispute, "STAFFORD", "INFORMAL", parties(), CODES, true, on);
  }

  private static List<PartyRef> parties() {
    return List.of(
        new PartyRef(S1, PartyRole.COMPLAINANT, "VCS"),
        new PartyRef(S3, PartyRole.RESPONDENT, "PUBLIC"));
  }

  /** Through the API, as partners and compact-admin would. */
  private static void goodPractice() {
    Reports.approveGoodPractice(
        Reports.submitGoodPractice(
            S1,
            "Joint funding forum",
            "Council and voluntary groups planned the funding round together.",
            "2001-11-20"));
    Reports.approveGoodPractice(
        Reports.submitGoodPractice(
            S3,
            "Twelve weeks for the community plan",
            "The council gave the full lead-in and fed back what it changed.",
            "2002-05-05"));
    String rejected =
        Reports.submitGoodPractice(
            S2, "Our own newsletter", "We wrote a newsletter.", "2002-06-01");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"Not about the Compact\"}")
        .post("/good-practice/" + rejected + "/reject")
        .then()
        .statusCode(200);
    Reports.submitGoodPractice(
        S4, "Not yet curated", "Waiting for the steering group.", "2002-07-01");
  }
}
