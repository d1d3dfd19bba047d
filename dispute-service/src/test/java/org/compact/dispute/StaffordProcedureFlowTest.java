package org.compact.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.dispute.Api.post;
import static org.compact.dispute.Api.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.dispute.DisputePanelConvened;
import org.compact.contracts.dispute.DisputeStageAdvanced;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Stafford case from informal dialogue to signposting, with who may act at each step. */
@QuarkusTest
class StaffordProcedureFlowTest {
  @Inject DataSource dataSource;
  @Inject TimeSource time;

  @BeforeEach
  void fixTime() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
  }

  @AfterEach
  void resetTime() {
    time.reset();
  }

  @Test
  void cannotSkipFromInformalToStage2AndTheProblemListsTheAllowedNextSteps() {
    CaseFixture f = CaseFixture.atStage1(dataSource, 2025);
    String id = Api.open(f.complainantToken(), f.complainant, f.respondent);
    post(
            f.complainantToken(),
            "/disputes/" + id + "/stage",
            "{\"toStage\":\"STAGE_2\"}",
            Api.etag(TestTokens.admin(), id))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("currentStage", equalTo("INFORMAL"))
        .body("allowedNextSteps", contains("STAGE_1", "RESOLVED"));
    // positive control: the next stage is allowed, for a party
    post(
            f.respondentToken(),
            "/disputes/" + id + "/stage",
            "{\"toStage\":\"STAGE_1\"}",
            Api.etag(TestTokens.admin(), id))
        .then()
        .statusCode(200)
        .body("stage", equalTo("STAGE_1"));
  }

  @Test
  void stageChangesNeedIfMatch() {
    CaseFixture f = CaseFixture.atStage1(dataSource, 2025);
    String id = Api.open(f.complainantToken(), f.complainant, f.respondent);
    post(f.complainantToken(), "/disputes/" + id + "/stage", "{\"toStage\":\"STAGE_1\"}", null)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    post(f.complainantToken(), "/disputes/" + id + "/stage", "{\"toStage\":\"STAGE_1\"}", "\"999\"")
        .then()
        .statusCode(412);
    post(
            f.complainantToken(),
            "/disputes/" + id + "/stage",
            "{\"toStage\":\"STAGE_1\"}",
            Api.etag(f.complainantToken(), id))
        .then()
        .statusCode(200);
  }

  @Test
  void stage1FormalLetterMustNameTheCommitmentBreached() {
    CaseFixture f = CaseFixture.atStage1(dataSource, 2025);
    post(
            f.complainantToken(),
            "/disputes/" + f.disputeId + "/letters",
            "{\"text\":\"We are concerned\"}",
            null)
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("commitments"));
    post(
            f.complainantToken(),
            "/disputes/" + f.disputeId + "/letters",
            "{\"text\":\"You breached the consultation code\",\"commitments\":[\"CONSULTATION\"]}",
            null)
        .then()
        .statusCode(201)
        .body("kind", equalTo("LETTER"))
        .body("text", containsString("CONSULTATION"));
  }

  @Test
  void referralListsEachMissingItemWith422() {
    CaseFixture f = CaseFixture.atStage1(dataSource, 2025);
    f.refer("{\"letter\":\"Please refer us\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body(
            "violations.field",
            containsInAnyOrder(
                "organisations", "commitments", "natureOfDifference", "whatHasBeenDone"));
    // without any referral, compact-admin cannot record receipt either
    f.advance(TestTokens.admin(), "{\"toStage\":\"STAGE_2\",\"receivedOn\":\"2025-05-01\"}")
        .then()
        .statusCode(422)
        .body("violations", hasSize(4));
    f.refer(Api.referralBody(f.complainant, f.respondent, "Dear Chair")).then().statusCode(200);
  }

  @Test
  void onlyCompactAdminRecordsReceiptAndItMayNotBeInTheFuture() {
    CaseFixture f = CaseFixture.atStage1(dataSource, 2025);
    f.refer(Api.referralBody(f.complainant, f.respondent, "Dear Chair")).then().statusCode(200);
    f.advance(f.complainantToken(), "{\"toStage\":\"STAGE_2\",\"receivedOn\":\"2025-05-01\"}")
        .then()
        .statusCode(403);
    f.advance(TestTokens.admin(), "{\"toStage\":\"STAGE_2\"}")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("receivedOn"));
    f.advance(TestTokens.admin(), "{\"toStage\":\"STAGE_2\",\"receivedOn\":\"2025-05-02\"}")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("receivedOn"));
    f.advance(TestTokens.admin(), "{\"toStage\":\"STAGE_2\",\"receivedOn\":\"2025-04-28\"}")
        .then()
        .statusCode(200)
        .body("stage", equalTo("STAGE_2"))
        .body("receivedOn", equalTo("2025-04-28"))
        .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.dueOn", equalTo("2025-05-12"))
        .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.daysRemaining", equalTo(11))
        .body("deadlines.find { it.kind == 'HEARING_HELD' }.dueOn", equalTo("2025-06-23"))
        .body("deadlines.find { it.kind == 'HEARING_HELD' }.state", equalTo("PENDING"))
        .body("panel.rosterYear", equalTo(2025));
  }

  @Test
  void panelAppointmentEnforcesTheRosterRulesThenConvenes() {
    CaseFixture f = CaseFixture.atStage2(dataSource, 2025, "2025-04-28");
    // a partner may not appoint
    put(
            f.complainantToken(),
            "/disputes/" + f.disputeId + "/panel",
            "{\"memberIds\":[\"" + f.vcsMembers.get(0) + "\"]}",
            f.etag())
        .then()
        .statusCode(403);
    // someone from the respondent's organisation: 409 naming the rule and the member
    f.appoint(
            List.of(
                f.vcsMembers.get(0),
                f.vcsMembers.get(1),
                f.publicMembers.get(0),
                f.memberFromRespondent))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("rule", equalTo("NOT_FROM_A_PARTY_ORGANISATION"))
        .body("member.id", equalTo(f.memberFromRespondent))
        .body("member.subject", equalTo("ccrg-respondent-staff-" + f.suffix));
    // a declared conflict
    post(
            TestTokens.admin(),
            "/disputes/" + f.disputeId + "/declared-conflicts",
            "{\"memberId\":\""
                + f.publicMembers.get(2)
                + "\",\"reason\":\"Former employee of the complainant\"}",
            null)
        .then()
        .statusCode(201);
    f.appoint(
            List.of(
                f.vcsMembers.get(0),
                f.vcsMembers.get(1),
                f.publicMembers.get(0),
                f.publicMembers.get(2)))
        .then()
        .statusCode(409)
        .body("rule", equalTo("NO_DECLARED_CONFLICT"))
        .body("member.id", equalTo(f.publicMembers.get(2)));
    // three from one sector
    f.appoint(
            List.of(
                f.vcsMembers.get(0),
                f.vcsMembers.get(1),
                f.vcsMembers.get(2),
                f.publicMembers.get(0)))
        .then()
        .statusCode(422)
        .body("detail", containsString("MEMBERS_PER_SECTOR"));
    try (EventCapture capture = new EventCapture(Topics.DISPUTES)) {
      f.appoint(
              List.of(
                  f.vcsMembers.get(0),
                  f.vcsMembers.get(1),
                  f.publicMembers.get(0),
                  f.publicMembers.get(1)))
          .then()
          .statusCode(200)
          .body("panel.convenedOn", equalTo("2025-05-01"))
          .body("panel.members", hasSize(4))
          .body("deadlines.find { it.kind == 'PANEL_CONVENED' }.state", equalTo("MET"));
      EventEnvelope convened =
          capture.awaitEvent(
              e -> e.aggregateId().equals(f.disputeId) && e.type().equals("dispute.panel-convened"),
              Duration.ofSeconds(30));
      DisputePanelConvened payload = EventCodec.payload(convened, DisputePanelConvened.class);
      assertThat(payload.memberCount()).isEqualTo(4);
      assertThat(payload.onTime()).isTrue();
      assertThat(payload.deadline()).hasToString("2025-05-12");
    }
    f.appoint(List.of(f.vcsMembers.get(0))).then().statusCode(409);
  }

  @Test
  void panelPicksItsChairFromItsMembers() {
    CaseFixture f = CaseFixture.atStage2(dataSource, 2025, "2025-04-28");
    f.appoint(
            List.of(
                f.vcsMembers.get(0),
                f.vcsMembers.get(1),
                f.publicMembers.get(0),
                f.publicMembers.get(1)))
        .then()
        .statusCode(200);
    String chair = "{\"memberId\":\"" + f.publicMembers.get(1) + "\"}";
    put(TestTokens.admin(), "/disputes/" + f.disputeId + "/panel/chair", chair, f.etag())
        .then()
        .statusCode(403);
    put(f.otherCcrgToken(), "/disputes/" + f.disputeId + "/panel/chair", chair, f.etag())
        .then()
        .statusCode(404);
    put(
            f.chairToken(),
            "/disputes/" + f.disputeId + "/panel/chair",
            "{\"memberId\":\"" + f.vcsMembers.get(2) + "\"}",
            f.etag())
        .then()
        .statusCode(422);
    put(f.chairToken(), "/disputes/" + f.disputeId + "/panel/chair", chair, f.etag())
        .then()
        .statusCode(200)
        .body("panel.chairMemberId", equalTo(f.publicMembers.get(1)))
        .body("panel.members.find { it.chair }.subject", equalTo(f.publicSubjects.get(1)));
  }

  @Test
  void notCompactRelatedClosesTheCaseWithAReportToTheSteeringGroup() {
    CaseFixture f = CaseFixture.withPanel(dataSource, 2025, "2025-04-28");
    String path = "/disputes/" + f.disputeId + "/relatedness";
    post(
            f.complainantToken(),
            path,
            "{\"decision\":\"NOT_COMPACT_RELATED\",\"report\":\"r\"}",
            f.etag())
        .then()
        .statusCode(403);
    post(f.panelMemberToken(), path, "{\"decision\":\"NOT_COMPACT_RELATED\"}", f.etag())
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("report"));
    post(
            f.panelMemberToken(),
            path,
            "{\"decision\":\"NOT_COMPACT_RELATED\",\"report\":\"An employment matter, not a Compact commitment\"}",
            f.etag())
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("outcome", equalTo("NOT_COMPACT_RELATED"))
        .body("closedOn", equalTo("2025-05-01"));
    Api.as(TestTokens.admin())
        .get("/disputes/" + f.disputeId + "/records?kind=CCRG_REPORT")
        .then()
        .statusCode(200)
        .body("items.text", hasItem("An employment matter, not a Compact commitment"));
    // nothing more can happen at stage 2
    f.advance(f.chairToken(), "{\"toStage\":\"STAGE_3\"}")
        .then()
        .statusCode(409)
        .body("allowedNextSteps", hasSize(0));
  }

  @Test
  void hearingAfterItsDeadlineNeedsAReasonAndOnTheDeadlineDayDoesNot() {
    CaseFixture f = CaseFixture.withPanel(dataSource, 2025, "2025-04-28");
    String hearings = "/disputes/" + f.disputeId + "/hearings";
    // before deciding relatedness there is no hearing
    post(f.chairToken(), hearings, "{\"hearingOn\":\"2025-06-10\"}", f.etag())
        .then()
        .statusCode(409);
    post(
            f.chairToken(),
            "/disputes/" + f.disputeId + "/relatedness",
            "{\"decision\":\"COMPACT_RELATED\"}",
            f.etag())
        .then()
        .statusCode(200)
        .body("relatedness", equalTo("COMPACT_RELATED"));
    post(f.chairToken(), hearings, "{\"hearingOn\":\"2025-06-24\"}", f.etag())
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("lateReason"));
    post(f.chairToken(), hearings, "{\"hearingOn\":\"2025-06-23\"}", f.etag())
        .then()
        .statusCode(200)
        .body("hearings[0].kind", equalTo("HEARING"))
        .body("hearings[0].late", equalTo(false));
  }

  @Test
  void wholeStaffordPathToNoFurtherRecourseWithSignposting() {
    try (EventCapture capture = new EventCapture(Topics.DISPUTES)) {
      CaseFixture f = CaseFixture.withPanel(dataSource, 2025, "2025-04-28");
      String base = "/disputes/" + f.disputeId;
      post(f.chairToken(), base + "/relatedness", "{\"decision\":\"COMPACT_RELATED\"}", f.etag())
          .then()
          .statusCode(200);
      // leaving stage 2 needs a hearing first
      f.advance(f.chairToken(), "{\"toStage\":\"STAGE_3\"}").then().statusCode(409);
      String hearingId =
          post(
                  f.chairToken(),
                  base + "/hearings",
                  "{\"hearingOn\":\"2025-06-30\",\"lateReason\":\"Respondent's director unavailable\"}",
                  f.etag())
              .then()
              .statusCode(200)
              .body("hearings[0].late", equalTo(true))
              .extract()
              .path("hearings[0].id");
      String reps = base + "/hearings/" + hearingId + "/representatives";
      put(
              f.complainantToken(),
              reps,
              "{\"signatoryId\":\""
                  + f.complainant
                  + "\",\"representatives\":[{\"name\":\"A\"},{\"name\":\"B\"},{\"name\":\"C\"}]}",
              f.etag())
          .then()
          .statusCode(422);
      put(
              f.complainantToken(),
              reps,
              "{\"signatoryId\":\""
                  + f.complainant
                  + "\",\"representatives\":[{\"name\":\"A\",\"supporting\":true},{\"name\":\"B\",\"supporting\":true}]}",
              f.etag())
          .then()
          .statusCode(422);
      put(
              f.complainantToken(),
              reps,
              "{\"signatoryId\":\"" + f.respondent + "\",\"representatives\":[{\"name\":\"A\"}]}",
              f.etag())
          .then()
          .statusCode(403);
      put(
              f.complainantToken(),
              reps,
              "{\"signatoryId\":\""
                  + f.complainant
                  + "\",\"representatives\":[{\"name\":\"Rep One\"},{\"name\":\"Rep Two\",\"organisation\":\"Stafford CVS\",\"supporting\":true}]}",
              f.etag())
          .then()
          .statusCode(200)
          .body("hearings[0].representatives", hasSize(2));
      // the hearing happens late, on 30 June
      time.fixAt(Instant.parse("2025-06-30T15:00:00Z"));
      post(f.chairToken(), base + "/hearings/" + hearingId + "/held", "{}", f.etag())
          .then()
          .statusCode(200)
          .body("hearings[0].heldOn", equalTo("2025-06-30"))
          .body("deadlines.find { it.kind == 'HEARING_HELD' }.state", equalTo("MISSED"));
      // unresolved: the CCRG moves it to stage 3 (signposting); a party may not
      f.advance(f.complainantToken(), "{\"toStage\":\"STAGE_3\"}").then().statusCode(403);
      f.advance(f.chairToken(), "{\"toStage\":\"STAGE_3\"}")
          .then()
          .statusCode(200)
          .body("stage", equalTo("STAGE_3"));
      String closure = base + "/closure";
      post(
              f.chairToken(),
              closure,
              "{\"outcome\":\"NO_FURTHER_RECOURSE\",\"report\":\"Unresolved\"}",
              f.etag())
          .then()
          .statusCode(422)
          .body("violations.field", hasItem("resourcesOffered"));
      post(
              f.complainantToken(),
              closure,
              "{\"outcome\":\"NO_FURTHER_RECOURSE\",\"report\":\"x\",\"resourcesOffered\":[\"Mediation\"]}",
              f.etag())
          .then()
          .statusCode(403);
      post(
              f.chairToken(),
              closure,
              "{\"outcome\":\"NO_FURTHER_RECOURSE\",\"report\":\"Signposted; unresolved within the Compact\","
                  + "\"resourcesOffered\":[\"National Compact Advocacy Programme\",\"National Compact Mediation Scheme\"]}",
              f.etag())
          .then()
          .statusCode(200)
          .body("status", equalTo("CLOSED"))
          .body("outcome", equalTo("NO_FURTHER_RECOURSE"))
          .body("resourcesOffered", hasSize(2))
          .body("allowedNextSteps", hasSize(0));
      // parties keep the steering group informed after closure
      post(f.respondentToken(), base + "/updates", "{\"text\":\"We have started mediation\"}", null)
          .then()
          .statusCode(201);
      post(TestTokens.admin(), base + "/updates", "{\"text\":\"x\"}", null).then().statusCode(403);

      // summary: the chair writes it anonymised, compact-admin approves
      String summary = base + "/summary";
      put(f.panelMemberToken(), summary, "{\"summary\":\"A case\"}", f.etag())
          .then()
          .statusCode(403);
      put(
              f.chairToken(),
              summary,
              "{\"summary\":\"Complainant Trust " + f.suffix + " complained\"}",
              f.etag())
          .then()
          .statusCode(422);
      put(
              f.chairToken(),
              summary,
              "{\"summary\":\"A voluntary organisation felt a consultation was too short\","
                  + "\"lessonsLearned\":\"Give reasons early\",\"recommendations\":[\"Publish reasons for short consultations\"]}",
              f.etag())
          .then()
          .statusCode(200)
          .body("publishedOn", nullValue());
      Api.as(f.complainantToken()).get(summary).then().statusCode(404);
      post(f.chairToken(), summary + "/approval", "{}", f.etag()).then().statusCode(403);
      post(TestTokens.admin(), summary + "/approval", "{}", f.etag())
          .then()
          .statusCode(200)
          .body("publishedOn", equalTo("2025-06-30"));
      post(TestTokens.admin(), summary + "/approval", "{}", f.etag()).then().statusCode(409);
      Api.as(null)
          .get("/dispute-summaries?reviewYear=2025&size=200")
          .then()
          .statusCode(200)
          .body(
              "items.summary",
              hasItem("A voluntary organisation felt a consultation was too short"))
          .body("items[0]", not(org.hamcrest.Matchers.hasKey("disputeId")));

      String figures =
          Api.as(null)
              .get("/dispute-statistics?reviewYear=2025")
              .then()
              .statusCode(200)
              .body("byOutcome.NO_FURTHER_RECOURSE", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
              .body("byStageReached.STAGE_3", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
              .body("deadlines.HEARING_HELD.missed", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
              .body("deadlines.PANEL_CONVENED.met", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
              .body("summariesPublished", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
              .extract()
              .asString();
      assertThat(figures)
          .as("anonymised: no case, party or person")
          .doesNotContain(f.disputeId, f.complainant.toString(), f.suffix);

      List<String> types =
          List.of(
              "dispute.opened",
              "dispute.stage-advanced",
              "dispute.panel-convened",
              "dispute.relatedness-decided",
              "dispute.hearing-scheduled",
              "dispute.hearing-held",
              "dispute.closed",
              "dispute.summary-published");
      capture.awaitEvent(
          e -> e.aggregateId().equals(f.disputeId) && e.type().equals("dispute.summary-published"),
          Duration.ofSeconds(30));
      var records =
          capture.drain(Duration.ofMillis(300)).stream()
              .filter(r -> f.disputeId.equals(r.key()))
              .toList();
      records.forEach(r -> EventSchemas.assertValid(r.value()));
      Set<String> seen =
          records.stream().map(r -> EventCodec.read(r.value()).type()).collect(Collectors.toSet());
      assertThat(seen).containsAll(types);
      List<Long> versions =
          records.stream().map(r -> EventCodec.read(r.value()).aggregateVersion()).toList();
      assertThat(versions)
          .as("each event has its own, increasing version")
          .isSorted()
          .doesNotHaveDuplicates();
      List<String> stages =
          records.stream()
              .map(r -> EventCodec.read(r.value()))
              .filter(e -> e.type().equals("dispute.stage-advanced"))
              .map(e -> EventCodec.payload(e, DisputeStageAdvanced.class).toStage())
              .toList();
      assertThat(stages).containsExactly("STAGE_1", "STAGE_2", "STAGE_3");
    }
  }

  @Test
  void furtherMeetingsFollowTheHearingAndOnlyThePanelResolvesAtStage2() {
    CaseFixture f = CaseFixture.withPanel(dataSource, 2025, "2025-04-28");
    String base = "/disputes/" + f.disputeId;
    post(f.chairToken(), base + "/relatedness", "{\"decision\":\"COMPACT_RELATED\"}", f.etag())
        .then()
        .statusCode(200);
    String first =
        post(f.chairToken(), base + "/hearings", "{\"hearingOn\":\"2025-05-01\"}", f.etag())
            .then()
            .statusCode(200)
            .extract()
            .path("hearings[0].id");
    post(f.chairToken(), base + "/hearings", "{\"hearingOn\":\"2025-05-02\"}", f.etag())
        .then()
        .statusCode(409);
    post(
            f.chairToken(),
            base + "/hearings/" + first + "/held",
            "{\"heldOn\":\"2025-05-02\"}",
            f.etag())
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("heldOn"));
    post(f.chairToken(), base + "/hearings/" + first + "/held", "{}", f.etag())
        .then()
        .statusCode(200)
        .body("deadlines.find { it.kind == 'HEARING_HELD' }.state", equalTo("MET"));
    post(f.chairToken(), base + "/hearings", "{\"hearingOn\":\"2025-07-30\"}", f.etag())
        .then()
        .statusCode(200)
        .body("hearings[1].kind", equalTo("FURTHER_MEETING"))
        .body("hearings[1].late", equalTo(false));
    String closure = base + "/closure";
    String resolved = "{\"outcome\":\"RESOLVED\",\"report\":\"Mediated agreement at stage 2\"}";
    post(f.complainantToken(), closure, resolved, f.etag()).then().statusCode(403);
    post(TestTokens.admin(), closure, resolved, f.etag()).then().statusCode(403);
    post(f.panelMemberToken(), closure, resolved, f.etag())
        .then()
        .statusCode(200)
        .body("outcome", equalTo("RESOLVED"))
        .body("stage", equalTo("STAGE_2"));
    Api.as(TestTokens.admin())
        .get(base + "/records?kind=CCRG_REPORT")
        .then()
        .body("items.text", hasItem("Mediated agreement at stage 2"));
    Api.as(f.complainantToken())
        .get(base + "/records?kind=CCRG_REPORT")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void resolvedAtAnInformalStageByAPartyWithAReport() {
    CaseFixture f = CaseFixture.atStage1(dataSource, 2025);
    String closure = "/disputes/" + f.disputeId + "/closure";
    post(f.complainantToken(), closure, "{\"outcome\":\"RESOLVED\"}", f.etag())
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("report"));
    post(
            f.complainantToken(),
            closure,
            "{\"outcome\":\"NO_FURTHER_RECOURSE\",\"report\":\"x\"}",
            f.etag())
        .then()
        .statusCode(409)
        .body("allowedNextSteps", contains("STAGE_2", "RESOLVED"));
    post(
            f.complainantToken(),
            closure,
            "{\"outcome\":\"RESOLVED\",\"report\":\"Agreed a new timetable\"}",
            f.etag())
        .then()
        .statusCode(200)
        .body("outcome", equalTo("RESOLVED"))
        .body("stage", equalTo("STAGE_1"));
    post(f.complainantToken(), closure, "{\"outcome\":\"RESOLVED\",\"report\":\"again\"}", f.etag())
        .then()
        .statusCode(409);
  }
}
