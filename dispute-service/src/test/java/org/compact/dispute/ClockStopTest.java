package org.compact.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.dispute.Api.as;
import static org.compact.dispute.Api.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.dispute.DisputePanelConvened;
import org.compact.dispute.service.DeadlineCheck;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stop the clock: who may, If-Match, problem responses, and how the deadlines move. */
@QuarkusTest
class ClockStopTest {
  private static final String PROBLEM = "application/problem+json";
  private static final String PANEL = "deadlines.find { it.kind == 'PANEL_CONVENED' }";
  private static final String HEARING = "deadlines.find { it.kind == 'HEARING_HELD' }";

  @Inject DataSource dataSource;
  @Inject TimeSource time;
  @Inject DeadlineCheck check;

  @AfterEach
  void resetTime() {
    time.reset();
  }

  private static String stop(String disputeId) {
    return "/disputes/" + disputeId + "/clock/stop";
  }

  private static String resume(String disputeId) {
    return "/disputes/" + disputeId + "/clock/resume";
  }

  private static final String REASON =
      "{\"reason\":\"The respondent asked for time to consult its board\"}";

  @Test
  void adminStopsAndResumesTheClockAndTheOpenDeadlinesMoveOnByTheStoppedDays() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
    CaseFixture f = CaseFixture.atStage2(dataSource, 2025, "2025-05-01");
    String admin = TestTokens.admin();
    as(admin)
        .get("/disputes/" + f.disputeId)
        .then()
        .statusCode(200)
        .body("clock.stopped", equalTo(false))
        .body("clock.stops", hasSize(0))
        .body(PANEL + ".dueOn", equalTo("2025-05-15"))
        .body(PANEL + ".clockStopped", equalTo(false))
        .body(PANEL + ".basis.dayCount", equalTo("CALENDAR"))
        .body(PANEL + ".basis.startsFrom", equalTo("receivedOn"))
        .body(PANEL + ".basis.startDate", equalTo("2025-05-01"))
        .body(PANEL + ".basis.days", equalTo(14))
        .body(PANEL + ".basis.explanation", equalTo("14 calendar days after receivedOn 2025-05-01"))
        .body(HEARING + ".dueOn", equalTo("2025-06-26"))
        .body(
            HEARING + ".basis.explanation",
            equalTo("56 calendar days after receivedOn 2025-05-01"));

    time.fixAt(Instant.parse("2025-05-06T09:00:00Z"));
    String before = f.etag();
    post(admin, stop(f.disputeId), REASON, null).then().statusCode(428).contentType(PROBLEM);
    post(admin, stop(f.disputeId), REASON, "\"0\"").then().statusCode(412).contentType(PROBLEM);
    post(admin, stop(f.disputeId), "{}", before)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("violations.field", hasItem("reason"));
    post(admin, stop(f.disputeId), "{\"reason\":\"   \"}", before).then().statusCode(422);
    post(admin, stop(f.disputeId), "{\"reason\":\"x\",\"unknown\":1}", before)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    String stopped =
        post(admin, stop(f.disputeId), REASON, before)
            .then()
            .statusCode(200)
            .header("ETag", not(equalTo(before)))
            .body("clock.stopped", equalTo(true))
            .body("clock.stoppedSince", equalTo("2025-05-06"))
            .body(
                "clock.stops[0].reason",
                equalTo("The respondent asked for time to consult its board"))
            .body("clock.stops[0].stoppedBy", equalTo("COMPACT_ADMIN"))
            .body("clock.stops[0].resumedOn", nullValue())
            .body(PANEL + ".dueOn", equalTo("2025-05-16"))
            .body(PANEL + ".clockStopped", equalTo(true))
            .body(PANEL + ".daysRemaining", equalTo(10))
            .extract()
            .header("ETag");
    post(admin, stop(f.disputeId), REASON, stopped)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", equalTo("The clock is already stopped (since 2025-05-06)"));

    // while stopped the due date moves on and the days remaining stay the same
    time.fixAt(Instant.parse("2025-05-10T09:00:00Z"));
    as(admin)
        .get("/disputes/" + f.disputeId)
        .then()
        .header("ETag", equalTo(stopped))
        .body(PANEL + ".dueOn", equalTo("2025-05-20"))
        .body(PANEL + ".daysRemaining", equalTo(10))
        .body(PANEL + ".state", equalTo("PENDING"))
        .body("clock.stoppedDays", equalTo(5));
    // past the original deadline day: nothing is missed while the clock is stopped
    time.fixAt(Instant.parse("2025-05-17T09:00:00Z"));
    check.runNow();
    assertThat(misses(f.disputeId)).isZero();

    // resumed on 18 May: 6..17 May (12 days) did not count
    time.fixAt(Instant.parse("2025-05-18T09:00:00Z"));
    post(admin, resume(f.disputeId), "{\"note\":\"The board has met\"}", null)
        .then()
        .statusCode(428);
    String resumed =
        post(admin, resume(f.disputeId), "{\"note\":\"The board has met\"}", stopped)
            .then()
            .statusCode(200)
            .header("ETag", not(equalTo(stopped)))
            .body("clock.stopped", equalTo(false))
            .body("clock.stoppedSince", nullValue())
            .body("clock.stoppedDays", equalTo(12))
            .body("clock.stops[0].resumedOn", equalTo("2025-05-18"))
            .body("clock.stops[0].days", equalTo(12))
            .body("clock.stops[0].resumeNote", equalTo("The board has met"))
            .body("clock.stops[0].resumedBy", equalTo("COMPACT_ADMIN"))
            .body(PANEL + ".dueOn", equalTo("2025-05-27"))
            .body(PANEL + ".clockStopped", equalTo(false))
            .body(PANEL + ".basis.pausedDays", equalTo(12))
            .body(PANEL + ".basis.pausedIntervals[0].from", equalTo("2025-05-06"))
            .body(PANEL + ".basis.pausedIntervals[0].to", equalTo("2025-05-17"))
            .body(
                PANEL + ".basis.explanation",
                equalTo(
                    "14 calendar days after receivedOn 2025-05-01, skipping 2025-05-06..17 clock"
                        + " stopped"))
            .body(HEARING + ".dueOn", equalTo("2025-07-08"))
            .extract()
            .header("ETag");
    post(admin, resume(f.disputeId), "{}", resumed)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", equalTo("The clock is not stopped"));

    // the panel convened after the original deadline but within the extended one: on time,
    // and the event carries the extended deadline
    time.fixAt(Instant.parse("2025-05-20T09:00:00Z"));
    try (EventCapture capture = new EventCapture(Topics.DISPUTES)) {
      f.appoint(
              List.of(
                  f.vcsMembers.get(0),
                  f.vcsMembers.get(1),
                  f.publicMembers.get(0),
                  f.publicMembers.get(1)))
          .then()
          .statusCode(200)
          .body(PANEL + ".state", equalTo("MET"))
          .body(PANEL + ".dueOn", equalTo("2025-05-27"));
      EventEnvelope convened =
          capture.awaitEvent(
              e -> e.aggregateId().equals(f.disputeId) && e.type().equals("dispute.panel-convened"),
              Duration.ofSeconds(30));
      DisputePanelConvened payload = EventCodec.payload(convened, DisputePanelConvened.class);
      assertThat(payload.deadline()).hasToString("2025-05-27");
      assertThat(payload.onTime()).isTrue();
      capture.drain(Duration.ofMillis(300)).stream()
          .filter(r -> f.disputeId.equals(r.key()))
          .forEach(r -> EventSchemas.assertValid(r.value()));
    }
    time.fixAt(Instant.parse("2025-05-28T09:00:00Z"));
    check.runNow();
    assertThat(misses(f.disputeId)).isZero();
  }

  @Test
  void onlyCompactAdminAndTheCasesPanelKeepTheClock() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
    CaseFixture f = CaseFixture.withPanel(dataSource, 2025, "2025-05-01");
    UUID otherOrg = UUID.randomUUID();
    String etag = f.etag();
    String path = stop(f.disputeId);
    // the parties follow the case but do not keep its clock
    post(f.complainantToken(), path, REASON, etag).then().statusCode(403).contentType(PROBLEM);
    post(f.respondentToken(), path, REASON, etag).then().statusCode(403).contentType(PROBLEM);
    // who may not know the case exists
    post(TestTokens.partner(otherOrg), path, REASON, etag)
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    post(f.otherCcrgToken(), path, REASON, etag).then().statusCode(404).contentType(PROBLEM);
    // roles without dispute work, and invalid tokens
    post(TestTokens.councilSystem(f.respondent), path, REASON, etag)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    post(null, path, REASON, etag).then().statusCode(401).contentType(PROBLEM);
    post(TestTokens.expired(TestTokens.COMPACT_ADMIN, null), path, REASON, etag)
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
    post(TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null), path, REASON, etag)
        .then()
        .statusCode(401);
    post(TestTokens.wrongIssuer(TestTokens.COMPACT_ADMIN, null), path, REASON, etag)
        .then()
        .statusCode(401);
    assertThat(f.etag()).as("nothing changed").isEqualTo(etag);

    // a panel member stops it (the hearing deadline is still running)
    String stopped =
        post(f.panelMemberToken(), path, REASON, etag)
            .then()
            .statusCode(200)
            .body("clock.stops[0].stoppedBy", equalTo("PANEL"))
            .extract()
            .header("ETag");
    // the parties see that and why the clock stopped, not who stopped it
    String partyView =
        as(f.complainantToken())
            .get("/disputes/" + f.disputeId)
            .then()
            .statusCode(200)
            .body("clock.stopped", equalTo(true))
            .body(
                "clock.stops[0].reason",
                equalTo("The respondent asked for time to consult its board"))
            .body(HEARING + ".clockStopped", equalTo(true))
            .body(HEARING + ".basis", notNullValue())
            .extract()
            .asString();
    assertThat(partyView).doesNotContain(f.publicSubjects.get(0));
    post(f.respondentToken(), resume(f.disputeId), "{}", stopped).then().statusCode(403);
    post(f.otherCcrgToken(), resume(f.disputeId), "{}", stopped).then().statusCode(404);
    post(f.chairToken(), resume(f.disputeId), "{}", stopped)
        .then()
        .statusCode(200)
        .body("clock.stopped", equalTo(false))
        .body("clock.stops[0].resumedBy", equalTo("PANEL"));
  }

  @Test
  void theClockStopsOnlyWhileADeadlineRuns() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
    CaseFixture atStage1 = CaseFixture.atStage1(dataSource, 2025);
    post(TestTokens.admin(), stop(atStage1.disputeId), REASON, atStage1.etag())
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", org.hamcrest.Matchers.containsString("receipt date R"));
    as(TestTokens.admin())
        .get("/disputes/" + atStage1.disputeId)
        .then()
        .body("clock", nullValue())
        .body("deadlines", nullValue());

    // every deadline passed: nothing to stop
    CaseFixture late = CaseFixture.atStage2(dataSource, 2025, "2025-05-01");
    time.fixAt(Instant.parse("2025-06-28T10:00:00Z"));
    post(TestTokens.admin(), stop(late.disputeId), REASON, late.etag())
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("already met or passed"));
  }

  @Test
  void closingTheCaseResumesAStoppedClockOnTheClosingDay() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
    CaseFixture f = CaseFixture.withPanel(dataSource, 2025, "2025-05-01");
    time.fixAt(Instant.parse("2025-05-05T10:00:00Z"));
    post(TestTokens.admin(), stop(f.disputeId), REASON, f.etag()).then().statusCode(200);
    time.fixAt(Instant.parse("2025-05-09T10:00:00Z"));
    String closed =
        post(
                f.chairToken(),
                "/disputes/" + f.disputeId + "/closure",
                "{\"outcome\":\"RESOLVED\",\"report\":\"Agreed a new timetable\"}",
                f.etag())
            .then()
            .statusCode(200)
            .body("status", equalTo("CLOSED"))
            .body("clock.stopped", equalTo(false))
            .body("clock.stops[0].resumedOn", equalTo("2025-05-09"))
            .body("clock.stops[0].resumeNote", equalTo("Case closed (RESOLVED)"))
            .body(HEARING + ".state", equalTo("NOT_NEEDED"))
            .body(HEARING + ".dueOn", equalTo("2025-06-30"))
            .extract()
            .header("ETag");
    post(TestTokens.admin(), stop(f.disputeId), REASON, closed).then().statusCode(409);
    post(TestTokens.admin(), resume(f.disputeId), "{}", closed).then().statusCode(409);
  }

  private long misses(String disputeId) {
    return new Db(dataSource)
        .count(
            "select count(*) from deadline_miss where dispute_id = ?", UUID.fromString(disputeId));
  }
}
