package org.compact.systemtests.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compact.contracts.Topics;
import org.compact.systemtests.scenario.ScenarioLedger.Deadline;
import org.compact.systemtests.stack.Await;
import org.compact.systemtests.stack.HttpResult;
import org.compact.systemtests.stack.Json;
import org.compact.systemtests.stack.ServiceClient;
import org.compact.systemtests.stack.StepsInOrder;
import org.compact.systemtests.stack.SystemStack;
import org.compact.systemtests.stack.Timings;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10's scenario, end to end through the public HTTP APIs of the packaged services on the real
 * stack, in review year 2031-32 (all service clocks moved there through {@code /admin/time}): seed
 * organisations sign up and one withdraws; the seed 000 and 004 plans are imported from the raw
 * seed tables, published and progressed, and one action goes overdue when the clock moves past its
 * due date; a Stafford dispute goes informal → stage 1 → stage 2 (valid panel) → hearing → resolved
 * and another is found not Compact related; a consultation with 12 weeks' lead-in and one with a
 * short lead-in and its reason; a council system pushes results twice (the second changes nothing).
 * The annual report JSON must then equal the report read before the scenario plus exactly what the
 * scenario implies ({@link ExpectedReport} from the {@link ScenarioLedger}), field by field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
@org.junit.jupiter.api.Order(2)
class AnnualReviewScenarioTest {
  @RegisterExtension static final StepsInOrder STEPS = new StepsInOrder();

  /** Review year 2031 = 1 April 2031 to 31 March 2032 (the default review year). */
  static final int YEAR = 2031;

  /**
   * "Today" of the scenario, then the hearing day, then a day after the added action's due date.
   */
  static final Instant T0 = Instant.parse("2031-09-15T10:00:00Z");

  static final Instant T1 = Instant.parse("2031-10-06T10:00:00Z");
  static final Instant T2 = Instant.parse("2031-11-04T10:00:00Z");
  static final LocalDate D0 = LocalDate.parse("2031-09-15");
  static final LocalDate D1 = LocalDate.parse("2031-10-06");
  static final Duration SETTLE = Duration.ofMinutes(3);

  private final ScenarioLedger ledger = new ScenarioLedger();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private SystemStack stack;
  private ServiceClient signatory;
  private ServiceClient actionplan;
  private ServiceClient dispute;
  private ServiceClient consultation;
  private ServiceClient reporting;
  private JsonNode baseline;
  private UUID addedActionId;
  private String admin;

  @BeforeAll
  void baselineBeforeTheScenario() {
    stack = SystemStack.shared();
    signatory = stack.client("signatory");
    actionplan = stack.client("actionplan");
    dispute = stack.client("dispute");
    consultation = stack.client("consultation");
    reporting = stack.client("reporting");
    admin = TestTokens.admin();
    stack.awaitEventsSettled(SETTLE);
    baseline = report();
    assertThat(baseline.get("from").asText()).isEqualTo(YEAR + "-04-01");
    assertThat(baseline.get("to").asText()).isEqualTo((YEAR + 1) + "-03-31");
    assertThat(baseline.get("status").asText())
        .as("a DRAFT report has live figures")
        .isEqualTo("DRAFT");
    stack.travelTo(T0);
  }

  @AfterAll
  void realClockAgain() {
    if (stack != null) {
      stack.resetClocks();
    }
  }

  // ------------------------------------------------------------------ signatories

  @Test
  @Order(1)
  void seedOrganisationsSignUpAndOneWithdraws() {
    signUp("Stafford Borough Council", "PUBLIC", "council", "Stafford");
    signUp("Stafford District Voluntary Services", "VCS", "charity", "Stafford");
    signUp("South Derbyshire District Council", "PUBLIC", "council", "South Derbyshire");
    signUp("Derbyshire County Council", "PUBLIC", "council", "Derbyshire");
    signUp("Amber Valley CVS", "VCS", "charity", "Amber Valley");
    signUp("Richmond CVS", "VCS", "charity", "Richmond upon Thames");
    signUp("London Borough of Richmond upon Thames", "PUBLIC", "council", "Richmond upon Thames");
    signUp("Derbyshire Partnership Forum", "PUBLIC", "other", "Derbyshire");

    // a partner cannot sign its own organisation; compact-admin can (positive control below)
    UUID sbc = id("Stafford Borough Council");
    signatory
        .as(TestTokens.partner(sbc))
        .ifMatch(etag(signatory, "signatories/" + sbc))
        .post("signatories/" + sbc + "/sign", Json.object().put("signedBy", "Leader"))
        .expectProblem(403);

    sign("Stafford Borough Council", "2031-04-07");
    sign("Stafford District Voluntary Services", "2031-04-07");
    sign("South Derbyshire District Council", "2030-11-02"); // the previous review year
    sign("Derbyshire County Council", "2031-05-12");
    sign("Amber Valley CVS", "2031-04-20");
    sign("Richmond CVS", "2031-06-02");
    sign("London Borough of Richmond upon Thames", "2031-06-02");
    // Derbyshire Partnership Forum stays a PROSPECT: it counts nowhere

    // a signing may not be dated after today (the scenario's clock)
    UUID dpf = id("Derbyshire Partnership Forum");
    signatory
        .as(admin)
        .ifMatch(etag(signatory, "signatories/" + dpf))
        .post(
            "signatories/" + dpf + "/sign",
            Json.object().put("signedOn", D0.plusDays(1).toString()).put("signedBy", "Chair"))
        .expectProblem(422);

    // Stafford Borough Council appoints its Compact Champion (seed 003) today
    signatory
        .as(TestTokens.partner(sbc))
        .post(
            "signatories/" + sbc + "/contacts",
            Json.object()
                .put("name", "Alex Example")
                .put("role", "Compact Champion")
                .put("email", "champion@example.org")
                .put("compactChampion", true)
                .put("showOnPublicRegister", false))
        .expect(201);
    ScenarioLedger.Organisation council = ledger.organisation("Stafford Borough Council");
    ledger.replace(
        new ScenarioLedger.Organisation(
            council.id(), council.name(), council.sector(), council.signedOn(), null, D0));

    // Amber Valley CVS withdraws
    UUID avcvs = id("Amber Valley CVS");
    signatory
        .as(admin)
        .ifMatch(etag(signatory, "signatories/" + avcvs))
        .post(
            "signatories/" + avcvs + "/withdraw",
            Json.object().put("withdrawnOn", "2031-08-01").put("reason", "Merged with another CVS"))
        .expect(200);
    ScenarioLedger.Organisation withdrawn = ledger.organisation("Amber Valley CVS");
    ledger.replace(
        new ScenarioLedger.Organisation(
            withdrawn.id(),
            withdrawn.name(),
            withdrawn.sector(),
            withdrawn.signedOn(),
            LocalDate.parse("2031-08-01"),
            null));

    // the public register lists signed organisations only
    assertThat(registerCount("Amber Valley CVS")).as("withdrawn: not on the register").isZero();
    assertThat(registerCount("Derbyshire Partnership Forum")).as("prospect: not listed").isZero();
    assertThat(registerCount("Stafford District Voluntary Services")).isGreaterThanOrEqualTo(1);
    Timings.report(
        "scenario: %d organisations asked to sign up, %d signed, 1 withdrew",
        ledger.organisations.size(),
        ledger.organisations.stream().filter(o -> o.signedOn() != null).count());
  }

  // ------------------------------------------------------------------ action plans

  @Test
  @Order(2)
  void seedPlansImportedPublishedAndProgressed() {
    UUID plan000 =
        importPlan(
            "000_47e744ad3ef9890d.txt",
            "demo/seeds/000-derbyshire-compact-action-plan.tsv",
            "Derbyshire Compact Action Plan",
            "2007-08",
            "2007-04-02");
    UUID plan004 =
        importPlan(
            "004_4c001808328e2e20.txt",
            "demo/seeds/004-south-derbyshire-consultation-strategy.tsv",
            "Consultation Strategy Action Plan 2009-2010",
            "2009-10",
            "2009-04-20");

    // South Derbyshire adds this year's calendar action, led by the council itself
    UUID sddc = id("South Derbyshire District Council");
    JsonNode plan = actionplan.as(admin).get("plans/" + plan004).expect(200).json();
    String objective = plan.at("/sections/0/objectives/0/id").asText();
    JsonNode added =
        actionplan
            .as(admin)
            .post(
                "plans/" + plan004 + "/objectives/" + objective + "/actions",
                Json.object()
                    .put("description", "Publish the consultation calendar for 2031-32 " + run)
                    .put("priority", "HIGH")
                    .put("timescale", "October 2031")
                    .put("lead", "Policy Officer (Consultation)")
                    .set("leadSignatoryIds", Json.array().add(sddc.toString())))
            .expect(201)
            .json();
    addedActionId = UUID.fromString(added.get("id").asText());
    assertThat(added.get("dueOn").asText()).isEqualTo("2031-10-31");
    assertThat(added.get("overdue").asBoolean()).isFalse();

    publish(plan000);
    publish(plan004);

    List<JsonNode> actions000 = actionsOf(plan000);
    List<JsonNode> actions004 = actionsOf(plan004);
    JsonNode inProgress = firstSingleDated(actions000, List.of());
    JsonNode completed = firstSingleDated(actions000, List.of(inProgress));
    JsonNode dropped = firstSingleDated(actions004, List.of(addedAction(actions004)));

    progress(admin, inProgress, "Report to the Partnership Forum drafted", "IN_PROGRESS");
    progress(admin, inProgress, "Forum meeting booked", null); // a note without status change
    progress(admin, completed, "Letters sent to every new member", "COMPLETED");
    progress(admin, dropped, "Superseded by the joint Derbyshire review", "DROPPED");

    // progress on the added action: its lead organisation may post, another partner may not
    UUID richmondCvs = id("Richmond CVS");
    actionplan
        .as(TestTokens.partner(richmondCvs))
        .post(
            "actions/" + addedActionId + "/progress",
            Json.object().put("note", "Not ours").put("status", "COMPLETED"))
        .expectProblem(403);
    progress(
        TestTokens.partner(sddc),
        addedAction(actions004),
        "Heads of Service asked for their consultation plans",
        "IN_PROGRESS");

    Timings.report(
        "scenario: plans imported: 000 with %d actions, 004 with %d actions (one added)",
        actions000.size(), actions004.size());
    ledgerActions(plan000, plan004);
  }

  // ------------------------------------------------------------------ consultations

  @Test
  @Order(3)
  void consultationsWithTwelveWeeksLeadInAndWithAShortLeadInAndItsReason() {
    UUID sddc = id("South Derbyshire District Council");
    String owner = TestTokens.partner(sddc);
    ObjectNode placeSurvey =
        consultationBody(sddc, "Place Survey 2031 " + run, "2031-04-14", "2031-07-14", null);
    JsonNode first = consultation.as(owner).post("consultations", placeSurvey).expect(201).json();
    assertThat(first.at("/leadIn/days").asLong()).isEqualTo(91);
    assertThat(first.get("status").asText()).as("entered after it closed").isEqualTo("CLOSED");

    ObjectNode budget =
        consultationBody(
            sddc, "Budget consultation 2032-33 " + run, "2031-07-01", "2031-07-29", null);
    HttpResult refused = consultation.as(owner).post("consultations", budget).expectProblem(422);
    assertThat(refused.json().get("days").asLong()).isEqualTo(28);
    assertThat(refused.json().get("rule").asText()).isEqualTo("consultation-lead-in");
    String reason = "Statutory deadline set by government";
    budget.put("shortLeadInReason", reason);
    JsonNode second = consultation.as(owner).post("consultations", budget).expect(201).json();
    assertThat(second.at("/leadIn/ruleMet").asBoolean()).isFalse();

    ledger.consultations.add(
        new ScenarioLedger.Consultation(
            UUID.fromString(first.get("id").asText()),
            placeSurvey.get("title").asText(),
            "PUBLIC",
            LocalDate.parse("2031-04-14"),
            LocalDate.parse("2031-07-14"),
            84,
            null,
            null,
            null));
    ledger.consultations.add(
        new ScenarioLedger.Consultation(
            UUID.fromString(second.get("id").asText()),
            budget.get("title").asText(),
            "PUBLIC",
            LocalDate.parse("2031-07-01"),
            LocalDate.parse("2031-07-29"),
            84,
            reason,
            null,
            null));
  }

  @Test
  @Order(4)
  void councilSystemPushesResultsTwiceAndTheSecondPushChangesNothing() {
    UUID sddc = id("South Derbyshire District Council");
    ScenarioLedger.Consultation survey = ledger.consultations.get(0);
    String path = "consultations/" + survey.id() + "/results";
    ObjectNode result =
        Json.object()
            .put("externalRef", "SDDC-PS-2031-" + run)
            .put("publishedOn", "2031-08-20")
            .put("summary", "1,204 residents replied; community safety ranked first.")
            .put("responseCount", 1204);
    ServiceClient council = consultation.as(TestTokens.councilSystem(sddc));

    // another council's system may not even know the consultation
    consultation
        .as(TestTokens.councilSystem(id("Derbyshire County Council")))
        .post(path, result)
        .expectProblem(404);

    JsonNode firstPush = council.post(path, result).expect(201).json();
    assertThat(firstPush.get("firstResult").asBoolean()).isTrue();
    JsonNode afterFirst = consultation.get("consultations/" + survey.id()).expect(200).json();
    assertThat(afterFirst.get("status").asText()).isEqualTo("RESULTS_PUBLISHED");

    JsonNode secondPush = council.post(path, result).expect(200).json();
    assertThat(secondPush.get("id").asText()).isEqualTo(firstPush.get("id").asText());
    JsonNode afterSecond = consultation.get("consultations/" + survey.id()).expect(200).json();
    assertThat(afterSecond.get("version").asLong())
        .as("the second push changed nothing")
        .isEqualTo(afterFirst.get("version").asLong());
    assertThat(consultation.get(path).expect(200).json().size()).isEqualTo(1);

    // the same reference with another body is a conflict, and changes nothing either
    council.post(path, result.deepCopy().put("responseCount", 1300)).expectProblem(409);
    assertThat(consultation.get(path).expect(200).json().size()).isEqualTo(1);

    // "you said, we did"
    council
        .ifMatch(etag(consultation, "consultations/" + survey.id()))
        .post(
            "consultations/" + survey.id() + "/outcome",
            Json.object()
                .put("heard", "Residents asked for safer streets")
                .put("decided", "Two more community wardens from April")
                .put("howParticipantsTold", "Letter to every Citizens' Panel member")
                .put("publishedOn", "2031-09-10"))
        .expect(200);
    ledger.consultations.set(
        0,
        new ScenarioLedger.Consultation(
            survey.id(),
            survey.title(),
            survey.ownerSector(),
            survey.opensOn(),
            survey.closesOn(),
            survey.requiredLeadInDays(),
            null,
            LocalDate.parse("2031-08-20"),
            LocalDate.parse("2031-09-10")));
  }

  // ------------------------------------------------------------------ disputes

  @Test
  @Order(5)
  void staffordDisputeGoesInformalStage1Stage2PanelHearingResolvedAndAnotherIsNotCompactRelated() {
    UUID sdvs = id("Stafford District Voluntary Services");
    UUID sbc = id("Stafford Borough Council");
    UUID rcvs = id("Richmond CVS");
    UUID lbrut = id("London Borough of Richmond upon Thames");
    UUID dcc = id("Derbyshire County Council");
    UUID sddc = id("South Derbyshire District Council");
    stack.events().awaitGroupCaughtUp("dispute-service", Topics.SIGNATORIES, SETTLE);

    // a withdrawn organisation may not open a dispute: 422 organisation-withdrawn (a signed one
    // can: case A below)
    UUID avcvs = id("Amber Valley CVS");
    String withdrawnRefusal =
        dispute
            .as(TestTokens.partner(avcvs))
            .post("disputes", openBody(avcvs, sbc))
            .expectProblem(422)
            .json()
            .path("type")
            .asText();
    assertThat(withdrawnRefusal).endsWith("/organisation-withdrawn");

    Map<String, String> roster = new java.util.LinkedHashMap<>();
    roster.put("rcvs-1", rosterMember("rcvs-1", rcvs));
    roster.put("rcvs-2", rosterMember("rcvs-2", rcvs));
    roster.put("dcc-1", rosterMember("dcc-1", dcc));
    roster.put("dcc-2", rosterMember("dcc-2", dcc));
    roster.put("sdvs-1", rosterMember("sdvs-1", sdvs));
    roster.put("sdvs-2", rosterMember("sdvs-2", sdvs));
    roster.put("sddc-1", rosterMember("sddc-1", sddc));
    roster.put("sddc-2", rosterMember("sddc-2", sddc));
    roster.put("sbc-1", rosterMember("sbc-1", sbc));

    // case A: SDVS against the borough council, resolved by the panel after a hearing
    String a = openDispute(sdvs, sbc);
    advance(a, TestTokens.partner(sdvs), Json.object().put("toStage", "STAGE_1"), "STAGE_1");
    dispute
        .as(TestTokens.partner(sdvs))
        .post(
            "disputes/" + a + "/letters",
            Json.object()
                .put("text", "You breached the consultation code: four weeks, no reasons")
                .set("commitments", Json.array().add("CONSULTATION")))
        .expect(201);
    refer(a, sdvs, sbc);
    LocalDate receivedA = LocalDate.parse("2031-09-12");
    JsonNode stage2 =
        advance(
            a,
            admin,
            Json.object().put("toStage", "STAGE_2").put("receivedOn", receivedA.toString()),
            "STAGE_2");
    assertThat(deadline(stage2, "PANEL_CONVENED").get("dueOn").asText())
        .isEqualTo(receivedA.plusDays(14).toString());
    assertThat(deadline(stage2, "HEARING_HELD").get("dueOn").asText())
        .isEqualTo(receivedA.plusDays(56).toString());
    // nobody from a party's organisation sits on the panel
    HttpResult refused =
        appoint(
                a,
                List.of(
                    roster.get("rcvs-1"),
                    roster.get("rcvs-2"),
                    roster.get("dcc-1"),
                    roster.get("sbc-1")))
            .expectProblem(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("NOT_FROM_A_PARTY_ORGANISATION");
    JsonNode panel =
        appoint(
                a,
                List.of(
                    roster.get("rcvs-1"),
                    roster.get("rcvs-2"),
                    roster.get("dcc-1"),
                    roster.get("dcc-2")))
            .expect(200)
            .json();
    assertThat(panel.at("/panel/members").size()).isEqualTo(4);
    assertThat(deadline(panel, "PANEL_CONVENED").get("state").asText()).isEqualTo("MET");
    String chairA = TestTokens.ccrgMember(subject("rcvs-1"));
    dispute
        .as(chairA)
        .ifMatch(disputeEtag(a))
        .put("disputes/" + a + "/panel/chair", Json.object().put("memberId", roster.get("rcvs-1")))
        .expect(200);
    decide(a, chairA, Json.object().put("decision", "COMPACT_RELATED")).expect(200);
    String hearing =
        dispute
            .as(chairA)
            .ifMatch(disputeEtag(a))
            .post("disputes/" + a + "/hearings", Json.object().put("hearingOn", D1.toString()))
            .expect(200)
            .json()
            .at("/hearings/0/id")
            .asText();
    dispute
        .as(TestTokens.partner(sdvs))
        .ifMatch(disputeEtag(a))
        .put(
            "disputes/" + a + "/hearings/" + hearing + "/representatives",
            Json.object()
                .put("signatoryId", sdvs.toString())
                .set(
                    "representatives",
                    Json.array()
                        .add(Json.object().put("name", "Chief Officer"))
                        .add(
                            Json.object()
                                .put("name", "Advocate")
                                .put("organisation", "Stafford CVS network")
                                .put("supporting", true))))
        .expect(200);

    // case B: Richmond CVS against the borough: a late panel finds it is not Compact related
    String b = openDispute(rcvs, lbrut);
    advance(b, TestTokens.partner(rcvs), Json.object().put("toStage", "STAGE_1"), "STAGE_1");
    refer(b, rcvs, lbrut);
    LocalDate receivedB = LocalDate.parse("2031-08-29");
    advance(
        b,
        admin,
        Json.object().put("toStage", "STAGE_2").put("receivedOn", receivedB.toString()),
        "STAGE_2");
    JsonNode latePanel =
        appoint(
                b,
                List.of(
                    roster.get("sdvs-1"),
                    roster.get("sdvs-2"),
                    roster.get("sddc-1"),
                    roster.get("sddc-2")))
            .expect(200)
            .json();
    assertThat(deadline(latePanel, "PANEL_CONVENED").get("state").asText()).isEqualTo("MISSED");
    String chairB = TestTokens.ccrgMember(subject("sdvs-1"));
    JsonNode notRelated =
        decide(
                b,
                chairB,
                Json.object()
                    .put("decision", "NOT_COMPACT_RELATED")
                    .put("report", "An employment matter, not a Compact commitment"))
            .expect(200)
            .json();
    assertThat(notRelated.get("status").asText()).isEqualTo("CLOSED");
    assertThat(notRelated.get("outcome").asText()).isEqualTo("NOT_COMPACT_RELATED");
    assertThat(notRelated.get("closedOn").asText()).isEqualTo(D0.toString());

    // the hearing day: the clock moves on (every service)
    stack.travelTo(T1);
    JsonNode held =
        dispute
            .as(chairA)
            .ifMatch(disputeEtag(a))
            .post("disputes/" + a + "/hearings/" + hearing + "/held", Json.object())
            .expect(200)
            .json();
    assertThat(held.at("/hearings/0/heldOn").asText()).isEqualTo(D1.toString());
    assertThat(deadline(held, "HEARING_HELD").get("state").asText()).isEqualTo("MET");
    // a party may not close at stage 2: the panel resolves it (positive control right after)
    ObjectNode resolved =
        Json.object()
            .put("outcome", "RESOLVED")
            .put("report", "Revised timetable agreed at the hearing");
    dispute
        .as(TestTokens.partner(sdvs))
        .ifMatch(disputeEtag(a))
        .post("disputes/" + a + "/closure", resolved)
        .expectProblem(403);
    JsonNode closed =
        dispute
            .as(TestTokens.ccrgMember(subject("dcc-1")))
            .ifMatch(disputeEtag(a))
            .post("disputes/" + a + "/closure", resolved)
            .expect(200)
            .json();
    assertThat(closed.get("outcome").asText()).isEqualTo("RESOLVED");
    assertThat(closed.get("stage").asText()).isEqualTo("STAGE_2");
    assertThat(closed.get("closedOn").asText()).isEqualTo(D1.toString());

    // the chair's anonymised summary, approved for the annual report
    String summaryText =
        "A voluntary organisation felt a consultation was too short; a revised timetable was agreed";
    String lessons = "Give reasons for a short consultation when it is announced";
    List<String> recommendations = List.of("Publish reasons for every short consultation " + run);
    ArrayNode recommendationArray = Json.array();
    recommendations.forEach(recommendationArray::add);
    dispute
        .as(chairA)
        .ifMatch(disputeEtag(a))
        .put(
            "disputes/" + a + "/summary",
            Json.object()
                .put("summary", summaryText)
                .put("lessonsLearned", lessons)
                .set("recommendations", recommendationArray))
        .expect(200);
    JsonNode approved =
        dispute
            .as(admin)
            .ifMatch(disputeEtag(a))
            .post("disputes/" + a + "/summary/approval", Json.object())
            .expect(200)
            .json();
    assertThat(approved.get("publishedOn").asText()).isEqualTo(D1.toString());

    ledger.disputes.add(
        new ScenarioLedger.Dispute(
            UUID.fromString(a),
            D0,
            "STAGE_2",
            receivedA,
            D1,
            "RESOLVED",
            List.of(
                new Deadline("PANEL_CONVENED", receivedA.plusDays(14), true),
                new Deadline("HEARING_HELD", receivedA.plusDays(56), true))));
    ledger.disputes.add(
        new ScenarioLedger.Dispute(
            UUID.fromString(b),
            D0,
            "STAGE_2",
            receivedB,
            D0,
            "NOT_COMPACT_RELATED",
            List.of(new Deadline("PANEL_CONVENED", receivedB.plusDays(14), false))));
    ledger.summaries.add(
        new ScenarioLedger.Summary(D1, "RESOLVED", summaryText, lessons, recommendations));
  }

  // ------------------------------------------------------------------ the clock moves on

  @Test
  @Order(6)
  void anActionGoesOverdueWhenTheClockPassesItsDueDate() {
    JsonNode before = actionplan.get("actions/" + addedActionId).expect(200).json();
    assertThat(before.get("overdue").asBoolean()).as("due 31 October, today 6 October").isFalse();

    stack.travelTo(T2);
    JsonNode after = actionplan.get("actions/" + addedActionId).expect(200).json();
    assertThat(after.get("overdue").asBoolean()).as("due 31 October, today 4 November").isTrue();
    int emitted =
        actionplan
            .as(admin)
            .post("admin/overdue-sweep", null)
            .expect(200)
            .json()
            .get("emitted")
            .asInt();
    assertThat(emitted).as("action.overdue events of the sweep").isGreaterThanOrEqualTo(1);
    assertThat(
            actionplan
                .as(admin)
                .post("admin/overdue-sweep", null)
                .expect(200)
                .json()
                .get("emitted")
                .asInt())
        .as("once per action and due date")
        .isZero();
    JsonNode overdueList =
        actionplan
            .get("actions?overdue=true&size=200&lead=" + id("South Derbyshire District Council"))
            .expect(200)
            .json();
    List<String> ids = new ArrayList<>();
    overdueList.get("items").forEach(i -> ids.add(i.get("id").asText()));
    assertThat(ids).contains(addedActionId.toString());
    Timings.report(
        "scenario: the overdue sweep at %s emitted %d action.overdue events", T2, emitted);
  }

  // ------------------------------------------------------------------ the report

  @Test
  @Order(7)
  void annualReportShowsExactlyWhatTheScenarioImplies() {
    // the actions' due dates as the service computes them now (after the sweep)
    refreshActionDueDates();
    stack.awaitEventsSettled(SETTLE);
    JsonNode actual = report();
    ExpectedReport year =
        new ExpectedReport(
            LocalDate.parse(baseline.get("from").asText()),
            LocalDate.parse(baseline.get("to").asText()));
    ObjectNode expected = year.expected(baseline.get("figures"), ledger);
    List<String> differences =
        new ArrayList<>(ExpectedReport.differences("figures", expected, actual.get("figures")));

    // the previous review year: the scenario signed South Derbyshire there (its only figures in
    // that year; the other sections may legitimately move with other tests' recurring actions)
    ExpectedReport previousYear =
        new ExpectedReport(
            LocalDate.parse(baseline.at("/previous/from").asText()),
            LocalDate.parse(baseline.at("/previous/to").asText()));
    differences.addAll(
        ExpectedReport.differences(
            "previous.figures.signatories",
            previousYear.expected(baseline.at("/previous/figures"), ledger).get("signatories"),
            actual.at("/previous/figures/signatories")));

    printDelta(expected, actual);
    assertThat(differences)
        .as(
            "report "
                + YEAR
                + " against the scenario's expectation:\n"
                + String.join("\n", differences))
        .isEmpty();
  }

  // ------------------------------------------------------------------ helpers: signatories

  private void signUp(String name, String sector, String kind, String area) {
    UUID id = UUID.randomUUID();
    JsonNode created =
        signatory
            .as(TestTokens.partner(id))
            .header("Idempotency-Key", "sign-up-" + id)
            .post(
                "signatories/sign-up-requests",
                Json.object()
                    .put("name", name)
                    .put("sector", sector)
                    .put("kind", kind)
                    .put("area", area))
            .expect(201)
            .json();
    assertThat(created.get("id").asText()).isEqualTo(id.toString());
    assertThat(created.get("status").asText()).isEqualTo("PROSPECT");
    ledger.organisations.add(new ScenarioLedger.Organisation(id, name, sector, null, null, null));
  }

  private void sign(String name, String signedOn) {
    ScenarioLedger.Organisation o = ledger.organisation(name);
    JsonNode signed =
        signatory
            .as(admin)
            .ifMatch(etag(signatory, "signatories/" + o.id()))
            .post(
                "signatories/" + o.id() + "/sign",
                Json.object().put("signedOn", signedOn).put("signedBy", "Chief Executive"))
            .expect(200)
            .json();
    assertThat(signed.get("status").asText()).isEqualTo("SIGNED");
    ledger.replace(
        new ScenarioLedger.Organisation(
            o.id(), o.name(), o.sector(), LocalDate.parse(signedOn), null, null));
  }

  private UUID id(String name) {
    return ledger.organisation(name).id();
  }

  private long registerCount(String name) {
    return signatory
        .get("register?size=200&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .expect(200)
        .json()
        .get("items")
        .findValues("name")
        .stream()
        .filter(n -> n.asText().equals(name))
        .count();
  }

  // ------------------------------------------------------------------ helpers: plans

  private UUID importPlan(
      String seedFile, String resource, String title, String period, String adoptedOn) {
    byte[] table = seed(seedFile, resource);
    String query =
        "plans/import?format=tsv&title="
            + URLEncoder.encode(title + " " + run, StandardCharsets.UTF_8)
            + "&period="
            + period
            + "&adoptedOn="
            + adoptedOn;
    JsonNode report =
        actionplan
            .as(admin)
            .send("POST", query, "text/tab-separated-values", table)
            .expect(201)
            .json();
    assertThat(report.get("errors")).as("import errors of " + resource).isEmpty();
    assertThat(report.at("/counts/actions").asInt()).isPositive();
    return UUID.fromString(report.get("planId").asText());
  }

  /**
   * A raw seed table: from {@code ../shared/seeds} next to the repository when it is there (as on
   * the developers' machines), else local-stack's byte-identical copy on the class path (CI).
   */
  private byte[] seed(String seedFile, String resource) {
    byte[] copy;
    try (InputStream in =
        AnnualReviewScenarioTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no seed " + resource + " on the class path");
      }
      copy = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    java.nio.file.Path raw =
        stack.repositoryRoot().getParent().resolve("shared").resolve("seeds").resolve(seedFile);
    if (java.nio.file.Files.isRegularFile(raw)) {
      try {
        byte[] original = java.nio.file.Files.readAllBytes(raw);
        assertThat(copy).as(resource + " is a copy of " + raw).isEqualTo(original);
        return original;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return copy;
  }

  private void publish(UUID plan) {
    actionplan
        .as(admin)
        .ifMatch(etag(actionplan, "plans/" + plan))
        .post("plans/" + plan + "/publish", null)
        .expect(200);
  }

  private List<JsonNode> actionsOf(UUID plan) {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode body =
          actionplan
              .as(admin)
              .get("plans/" + plan + "/actions?size=200&page=" + page)
              .expect(200)
              .json();
      body.get("items").forEach(all::add);
      if (all.size() >= body.get("total").asInt()) {
        return all;
      }
    }
  }

  /** An action due on one date (no recurrence): its due date does not move with progress. */
  private static JsonNode firstSingleDated(List<JsonNode> actions, List<JsonNode> except) {
    return actions.stream()
        .filter(a -> except.stream().noneMatch(e -> e.get("id").equals(a.get("id"))))
        .filter(a -> a.at("/timescale/recurrences").isEmpty())
        .filter(a -> a.at("/timescale/dueDates").size() == 1)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no single-dated action in the seed plan"));
  }

  private JsonNode addedAction(List<JsonNode> actions) {
    return actions.stream()
        .filter(a -> a.get("id").asText().equals(addedActionId.toString()))
        .findFirst()
        .orElseThrow();
  }

  private void progress(String token, JsonNode action, String note, String status) {
    ObjectNode body = Json.object().put("note", note);
    if (status != null) {
      body.put("status", status);
    }
    JsonNode recorded =
        actionplan
            .as(token)
            .post("actions/" + action.get("id").asText() + "/progress", body)
            .expect(201)
            .json();
    if (status != null) {
      assertThat(recorded.at("/action/status").asText()).isEqualTo(status);
    }
  }

  private List<UUID> planIds = List.of();

  /** Writes the scenario's actions (both plans) into the ledger as they stand in the service. */
  private void ledgerActions(UUID... plans) {
    planIds = List.of(plans);
    refreshActionDueDates();
  }

  private void refreshActionDueDates() {
    ledger.actions.clear();
    Map<UUID, String> sectors = ledger.sectors();
    for (UUID plan : planIds) {
      JsonNode planView = actionplan.as(admin).get("plans/" + plan).expect(200).json();
      LocalDate[] period = reviewYearsOf(planView.path("period").asText(""));
      LocalDate adoptedOn =
          planView.hasNonNull("adoptedOn")
              ? LocalDate.parse(planView.get("adoptedOn").asText())
              : null;
      for (JsonNode a : actionsOf(plan)) {
        List<String> leadSectors = new ArrayList<>();
        a.get("leadSignatoryIds")
            .forEach(
                l -> leadSectors.add(sectors.getOrDefault(UUID.fromString(l.asText()), "UNKNOWN")));
        String status = a.get("status").asText();
        boolean changedByScenario = a.hasNonNull("latestProgress");
        assertThat(changedByScenario || status.equals("NOT_STARTED"))
            .as("imported actions start NOT_STARTED: " + a)
            .isTrue();
        ledger.actions.add(
            new ScenarioLedger.Action(
                UUID.fromString(a.get("id").asText()),
                D0,
                status,
                a.hasNonNull("completedOn") ? LocalDate.parse(a.get("completedOn").asText()) : null,
                a.hasNonNull("priority") ? a.get("priority").asText() : null,
                leadSectors.stream().distinct().toList(),
                a.hasNonNull("dueOn") ? LocalDate.parse(a.get("dueOn").asText()) : null,
                period[0],
                period[1],
                adoptedOn));
      }
    }
    long changed = ledger.actions.stream().filter(a -> !a.status().equals("NOT_STARTED")).count();
    assertThat(changed).as("the scenario changed four actions' status").isEqualTo(4);
  }

  /**
   * A plan period such as "2009-10" as the first and last day of the review years it covers (April
   * to March); nulls when the period has another form.
   */
  private static LocalDate[] reviewYearsOf(String period) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})").matcher(period);
    if (!m.matches()) {
      return new LocalDate[] {null, null};
    }
    int from = Integer.parseInt(m.group(1));
    int to = from / 100 * 100 + Integer.parseInt(m.group(2));
    return new LocalDate[] {LocalDate.of(from, 4, 1), LocalDate.of(to + 1, 3, 31)};
  }

  // ------------------------------------------------------------------ helpers: consultations

  private static ObjectNode consultationBody(
      UUID owner, String title, String opensOn, String closesOn, String reason) {
    ObjectNode body =
        Json.object()
            .put("ownerId", owner.toString())
            .put("title", title)
            .put("summary", "How should the council spend its budget? Tell us before we decide.")
            .put("representativeViews", false)
            .put("directViews", true)
            .put("opensOn", opensOn)
            .put("closesOn", closesOn)
            .put("contact", "consultation@example.org");
    body.set("audiences", Json.array().add("RESIDENTS").add("CITIZENS_PANEL"));
    body.set("methods", Json.array().add("SURVEY"));
    if (reason != null) {
      body.put("shortLeadInReason", reason);
    }
    return body;
  }

  // ------------------------------------------------------------------ helpers: disputes

  private String subject(String member) {
    return "ccrg-" + member + "-" + run;
  }

  /** Adds a roster member; polls while dispute-service's replica does not know the organisation. */
  private String rosterMember(String member, UUID organisation) {
    ObjectNode body =
        Json.object()
            .put("subject", subject(member))
            .put("organisationId", organisation.toString())
            .put("name", "Member " + member);
    return Await.value(
        "roster member " + member + " (replica knows " + organisation + ")",
        SETTLE,
        () -> {
          HttpResult result = dispute.as(admin).post("ccrg/rosters/" + YEAR + "/members", body);
          if (result.status() == 422) {
            return Optional.empty(); // the replica has not seen the organisation yet
          }
          return Optional.of(result.expect(201).json().get("id").asText());
        });
  }

  private static ObjectNode openBody(UUID complainant, UUID respondent) {
    ObjectNode body =
        Json.object()
            .put("complainantId", complainant.toString())
            .put("commitmentDetails", "Twelve weeks for formal written consultations")
            .put("natureOfDifference", "A four-week consultation with no reasons given")
            .put("whatHasBeenDone", "An email to the service manager")
            .put("breach", "HAPPENED");
    body.set("respondentIds", Json.array().add(respondent.toString()));
    body.set("commitments", Json.array().add("CONSULTATION"));
    return body;
  }

  private String openDispute(UUID complainant, UUID respondent) {
    JsonNode opened =
        dispute
            .as(TestTokens.partner(complainant))
            .post("disputes", openBody(complainant, respondent))
            .expect(201)
            .json();
    assertThat(opened.get("stage").asText()).isEqualTo("INFORMAL");
    assertThat(opened.get("openedOn").asText()).isEqualTo(D0.toString());
    return opened.get("id").asText();
  }

  private JsonNode advance(String id, String token, ObjectNode body, String expectedStage) {
    JsonNode advanced =
        dispute
            .as(token)
            .ifMatch(disputeEtag(id))
            .post("disputes/" + id + "/stage", body)
            .expect(200)
            .json();
    assertThat(advanced.get("stage").asText()).isEqualTo(expectedStage);
    return advanced;
  }

  private void refer(String id, UUID complainant, UUID respondent) {
    ObjectNode referral =
        Json.object()
            .put("natureOfDifference", "A four-week consultation with no reasons given")
            .put(
                "whatHasBeenDone", "Open dialogue, then a formal letter; the complaint was refused")
            .put("letter", "Dear Chair of the Joint Compact Steering Group");
    referral.set(
        "organisations", Json.array().add(complainant.toString()).add(respondent.toString()));
    referral.set("commitments", Json.array().add("CONSULTATION"));
    dispute
        .as(TestTokens.partner(complainant))
        .ifMatch(disputeEtag(id))
        .post("disputes/" + id + "/referral", referral)
        .expect(200);
  }

  private HttpResult appoint(String id, List<String> members) {
    ArrayNode ids = Json.array();
    members.forEach(ids::add);
    ObjectNode body = Json.object();
    body.set("memberIds", ids);
    return dispute.as(admin).ifMatch(disputeEtag(id)).put("disputes/" + id + "/panel", body);
  }

  private HttpResult decide(String id, String chairToken, ObjectNode body) {
    return dispute
        .as(chairToken)
        .ifMatch(disputeEtag(id))
        .post("disputes/" + id + "/relatedness", body);
  }

  private String disputeEtag(String id) {
    return etag(dispute, "disputes/" + id);
  }

  private static JsonNode deadline(JsonNode disputeView, String kind) {
    for (JsonNode d : disputeView.get("deadlines")) {
      if (d.get("kind").asText().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("no " + kind + " deadline in " + disputeView);
  }

  // ------------------------------------------------------------------ helpers: common

  private String etag(ServiceClient service, String path) {
    return service.as(admin).get(path).expect(200).etag();
  }

  private JsonNode report() {
    return reporting.as(admin).get("reports/" + YEAR).expect(200).json();
  }

  /** The scenario's own contribution, printed next to the figures of the report. */
  private void printDelta(ObjectNode expected, JsonNode actual) {
    JsonNode before = baseline.get("figures");
    JsonNode now = actual.get("figures");
    Timings.report(
        "annual report %s (%s): figure = before the scenario -> after",
        YEAR, actual.get("label").asText());
    for (String path :
        List.of(
            "/signatories/total/newlySigned",
            "/signatories/total/withdrawn",
            "/signatories/total/signedAtYearEnd",
            "/signatories/publicBodiesWithoutChampion",
            "/actions/total",
            "/actions/byStatus/IN_PROGRESS",
            "/actions/byStatus/COMPLETED",
            "/actions/byStatus/DROPPED",
            "/actions/completedInYear",
            "/actions/overdueAtYearEnd",
            "/consultations/held",
            "/consultations/meetingLeadIn",
            "/consultations/meetingLeadInPercent",
            "/consultations/resultsPublished",
            "/consultations/outcomesPublished",
            "/disputes/opened",
            "/disputes/referralsReceived",
            "/disputes/closed",
            "/disputes/byOutcome/RESOLVED",
            "/disputes/byOutcome/NOT_COMPACT_RELATED",
            "/disputes/deadlinesMet",
            "/disputes/deadlinesMissed")) {
      Timings.report(
          "  %-45s %5s -> %5s (expected %s)",
          path, before.at(path).asText(), now.at(path).asText(), expected.at(path).asText());
    }
    Timings.report(
        "  %-45s %5d -> %5d",
        "/disputeSummaries (count)",
        before.get("disputeSummaries").size(),
        now.get("disputeSummaries").size());
  }
}
