package org.compact.actionplan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.actionplan.service.OverdueSweep;
import org.compact.contracts.EventCodec;
import org.compact.contracts.Topics;
import org.compact.contracts.actionplan.ActionOverdue;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressAndOverdueTest {
  @Inject TimeSource time;
  @Inject OverdueSweep sweep;
  @Inject DataSource dataSource;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void partnerOfTheLeadOrganisationPostsProgressOthersMayNot() {
    UUID lead = UUID.randomUUID();
    String action = Api.publishedPlanWithAction("June 2009", lead)[1];
    String note = "{\"note\":\"Timetable drafted\",\"status\":\"IN_PROGRESS\"}";
    Api.postProgress(TestTokens.partner(UUID.randomUUID()), action, note)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.postProgress(TestTokens.ccrgMember("ccrg-1"), action, note).then().statusCode(403);
    Api.postProgress(TestTokens.councilSystem(lead), action, note).then().statusCode(403);
    Api.postProgress(TestTokens.expired(TestTokens.PARTNER, lead), action, note)
        .then()
        .statusCode(401);
    Api.postProgress(TestTokens.signedByOtherKey(TestTokens.PARTNER, lead), action, note)
        .then()
        .statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .body(note)
        .post("/actions/" + action + "/progress")
        .then()
        .statusCode(401);
    Api.postProgress(TestTokens.partner(lead), action, note)
        .then()
        .statusCode(201)
        .body("progress.note", equalTo("Timetable drafted"))
        .body("progress.statusFrom", equalTo("NOT_STARTED"))
        .body("progress.statusTo", equalTo("IN_PROGRESS"))
        .body("progress.author", nullValue())
        .body("action.status", equalTo("IN_PROGRESS"));
    Api.postProgress(TestTokens.admin(), action, "{\"note\":\"Checked by the officer\"}")
        .then()
        .statusCode(201)
        .body("progress.author", equalTo("admin-1"))
        .body("progress.statusTo", nullValue());

    given()
        .get("/actions/" + action)
        .then()
        .statusCode(200)
        .body("latestProgress.note", equalTo("Checked by the officer"))
        .body("status", equalTo("IN_PROGRESS"));
    given()
        .get("/actions/" + action + "/progress")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items[1].note", equalTo("Timetable drafted"))
        .body("items[0].author", nullValue());
    assertThat(
            new Db(dataSource)
                .count(
                    "select count(*) from action_progress where action_id = ?",
                    UUID.fromString(action)))
        .isEqualTo(2);
  }

  @Test
  void progressNotesAreAppendOnly() {
    String action = Api.publishedPlanWithAction("June 2009", UUID.randomUUID())[1];
    Api.postProgress(TestTokens.admin(), action, "{\"note\":\"first\"}").then().statusCode(201);
    Db db = new Db(dataSource);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                db.execute(
                    "update action_progress set note = 'changed' where action_id = ?",
                    UUID.fromString(action)))
        .hasRootCauseMessage(
            "ERROR: action_progress is append-only\n  Where: PL/pgSQL function action_progress_is_append_only() line 3 at RAISE");
  }

  @Test
  void completionIsOneStatusChangedEventWithCompletedOn() {
    UUID lead = UUID.randomUUID();
    String action = Api.publishedPlanWithAction("June 2009", lead)[1];
    Api.postProgress(
            TestTokens.partner(lead),
            action,
            "{\"note\":\"Calendar published\",\"status\":\"COMPLETED\",\"recordedOn\":\"2009-06-29\"}")
        .then()
        .statusCode(201)
        .body("action.status", equalTo("COMPLETED"))
        .body("action.completedOn", equalTo("2009-06-29"))
        .body("action.overdue", equalTo(false));
    try (EventCapture capture = new EventCapture(Topics.ACTIONPLANS)) {
      capture.awaitRecord(
          r -> action.equals(r.key()) && r.value().contains("action.progress-recorded"),
          Duration.ofSeconds(30));
      List<ConsumerRecord<String, String>> changes =
          capture.drain(Duration.ofMillis(300)).stream()
              .filter(r -> action.equals(r.key()) && r.value().contains("action.status-changed"))
              .toList();
      assertThat(changes).hasSize(1);
      EventSchemas.assertValid(changes.get(0).value());
      ActionStatusChanged changed =
          EventCodec.payload(EventCodec.read(changes.get(0).value()), ActionStatusChanged.class);
      assertThat(changed.from()).isEqualTo(ActionStatus.NOT_STARTED);
      assertThat(changed.to()).isEqualTo(ActionStatus.COMPLETED);
      assertThat(changed.completedOn()).hasToString("2009-06-29");
    }
  }

  @Test
  void progressCannotBeDatedInTheFuture() {
    String action = Api.publishedPlanWithAction("June 2009", UUID.randomUUID())[1];
    time.fixAt(Instant.parse("2010-01-10T12:00:00Z"));
    Api.postProgress(TestTokens.admin(), action, "{\"note\":\"x\",\"recordedOn\":\"2010-01-11\"}")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("recordedOn"));
    Api.postProgress(TestTokens.admin(), action, "{\"note\":\"x\",\"recordedOn\":\"2010-01-10\"}")
        .then()
        .statusCode(201);
    Api.postProgress(TestTokens.admin(), action, "{\"note\":\"\"}").then().statusCode(400);
  }

  @Test
  void bulkProgressReportsEachItem() {
    UUID lead = UUID.randomUUID();
    String mine = Api.publishedPlanWithAction("June 2009", lead)[1];
    String notMine = Api.publishedPlanWithAction("June 2009", UUID.randomUUID())[1];
    String unknown = UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(TestTokens.partner(lead))
        .contentType(ContentType.JSON)
        .body(
            "{\"items\":[{\"actionId\":\""
                + mine
                + "\",\"note\":\"done\",\"status\":\"COMPLETED\"},{\"actionId\":\""
                + notMine
                + "\",\"note\":\"not mine\"},{\"actionId\":\""
                + unknown
                + "\",\"note\":\"unknown\"}]}")
        .post("/actions/progress")
        .then()
        .statusCode(200)
        .body("recorded", equalTo(1))
        .body("failed", equalTo(2))
        .body("items[0].status", equalTo(201))
        .body("items[1].status", equalTo(403))
        .body("items[2].status", equalTo(404))
        .body("items[2].problem.status", equalTo(404));
    given().get("/actions/" + mine).then().body("status", equalTo("COMPLETED"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"items\":[]}")
        .post("/actions/progress")
        .then()
        .statusCode(400);
  }

  @Test
  void overdueFilterAcceptsOnlyTrueOrFalse() {
    given().get("/actions?overdue=true").then().statusCode(200);
    given().get("/actions?overdue=false").then().statusCode(200);
    given()
        .get("/actions?overdue=maybe")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void overdueIsComputedOnReadAndTheSweepEmitsOncePerActionAndDueDate() {
    UUID lead = UUID.randomUUID();
    String[] late = Api.publishedPlanWithAction("June 2009", lead);
    String[] done = Api.publishedPlanWithAction("June 2009", lead);
    Api.postProgress(TestTokens.admin(), done[1], "{\"note\":\"ok\",\"status\":\"COMPLETED\"}")
        .then()
        .statusCode(201);

    time.fixAt(Instant.parse("2009-06-30T22:59:00Z")); // 23:59 on 30 June in London
    given().get("/actions/" + late[1]).then().body("overdue", equalTo(false));
    time.fixAt(Instant.parse("2009-06-30T23:00:00Z")); // midnight in London: the day has ended
    given()
        .get("/actions/" + late[1])
        .then()
        .body("overdue", equalTo(true))
        .body("dueOn", equalTo("2009-06-30"));
    given().get("/actions/" + done[1]).then().body("overdue", equalTo(false));
    given()
        .get("/actions?overdue=true&size=200&lead=" + lead)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(late[1]))
        .body("items.id", not(hasItem(done[1])));
    given()
        .get("/plans/" + late[0] + "/actions?overdue=true&priority=HIGH&dueBefore=2009-07-01")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    given()
        .get("/plans/" + late[0] + "/actions?dueAfter=2009-07-01")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    int first = sweep.sweep();
    assertThat(first).isGreaterThanOrEqualTo(1);
    assertThat(sweep.sweep()).as("a second sweep emits nothing new").isZero();
    Db db = new Db(dataSource);
    assertThat(
            db.count(
                "select count(*) from action_overdue_notice where action_id = ?",
                UUID.fromString(late[1])))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from action_overdue_notice where action_id = ?",
                UUID.fromString(done[1])))
        .isZero();
    try (EventCapture capture = new EventCapture(Topics.ACTIONPLANS)) {
      var record =
          capture.awaitRecord(
              r -> late[1].equals(r.key()) && r.value().contains("action.overdue"),
              Duration.ofSeconds(30));
      EventSchemas.assertValid(record.value());
      ActionOverdue overdue =
          EventCodec.payload(EventCodec.read(record.value()), ActionOverdue.class);
      assertThat(overdue.dueDate()).hasToString("2009-06-30");
      assertThat(overdue.detectedOn()).hasToString("2009-07-01");
      assertThat(
              capture.drain(Duration.ofMillis(300)).stream()
                  .filter(r -> late[1].equals(r.key()) && r.value().contains("action.overdue")))
          .hasSize(1);
    }
    given()
        .auth()
        .oauth2(TestTokens.partner(lead))
        .post("/admin/overdue-sweep")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/admin/overdue-sweep")
        .then()
        .statusCode(200)
        .body("emitted", equalTo(0));
  }

  @Test
  void recurringActionIsDueAtTheEndOfEachIntervalUntilProgressIsReported() {
    String[] ids = Api.publishedPlanWithAction("Annually", UUID.randomUUID());
    time.fixAt(Instant.parse("2010-04-02T12:00:00Z"));
    given()
        .get("/actions/" + ids[1])
        .then()
        .body("dueOn", equalTo("2010-03-31"))
        .body("overdue", equalTo(true));
    Api.postProgress(TestTokens.admin(), ids[1], "{\"note\":\"Annual report given\"}")
        .then()
        .statusCode(201)
        .body("action.dueOn", equalTo("2011-03-31"))
        .body("action.overdue", equalTo(false));
  }
}
