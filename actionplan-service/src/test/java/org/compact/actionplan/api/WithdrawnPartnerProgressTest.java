package org.compact.actionplan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.contracts.Topics;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.ReplicatedSignatories;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md: partners of a WITHDRAWN organisation keep read access to their own data but may not
 * post progress. The organisation's status reaches this service as real signatory events on the
 * real broker (signatory replica of platform-lib).
 */
@QuarkusTest
class WithdrawnPartnerProgressTest {
  private static final String WITHDRAWN_TYPE =
      "https://compact.example/problems/organisation-withdrawn";

  @Inject DataSource dataSource;

  @Test
  void aWithdrawnPartnerMayNotPostProgressUntilItSignsAgainWhileAdminStillMay() {
    ReplicatedSignatories signatories = new ReplicatedSignatories(dataSource);
    UUID lead = signatories.signed("Withdrawing Charity", "VCS");
    String action = Api.publishedPlanWithAction("June 2009", lead)[1];
    String partner = TestTokens.partner(lead);

    // positive control: a signed partner of the lead organisation posts progress
    Api.postProgress(partner, action, "{\"note\":\"Timetable drafted\",\"status\":\"IN_PROGRESS\"}")
        .then()
        .statusCode(201);

    signatories.withdraw(lead, "VCS", 3, LocalDate.of(2009, 9, 1));
    long progressBefore = progressRows(action);
    long eventsBefore = progressEventsInOutbox(action);

    Api.postProgress(partner, action, "{\"note\":\"Still working\",\"status\":\"COMPLETED\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(WITHDRAWN_TYPE))
        .body("status", equalTo(422))
        .body(
            "detail", containsString("Withdrawing Charity withdrew from the Compact on 2009-09-01"))
        .body("detail", containsString("may not post progress"))
        .body("organisationId", equalTo(lead.toString()))
        .body("withdrawnOn", equalTo("2009-09-01"));
    given()
        .auth()
        .oauth2(partner)
        .contentType(ContentType.JSON)
        .body("{\"items\":[{\"actionId\":\"" + action + "\",\"note\":\"bulk\"}]}")
        .post("/actions/progress")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(WITHDRAWN_TYPE));
    assertThat(progressRows(action)).as("no progress row written").isEqualTo(progressBefore);
    assertThat(progressEventsInOutbox(action)).as("no event written").isEqualTo(eventsBefore);

    // read access to its own data stays
    given().auth().oauth2(partner).get("/actions/" + action).then().statusCode(200);
    given()
        .auth()
        .oauth2(partner)
        .get("/actions/" + action + "/progress")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));

    // compact-admin still may
    String adminNote =
        Api.postProgress(TestTokens.admin(), action, "{\"note\":\"Noted by the officer\"}")
            .then()
            .statusCode(201)
            .extract()
            .path("progress.id");

    try (EventCapture capture = new EventCapture(Topics.ACTIONPLANS)) {
      capture.awaitRecord(
          r -> action.equals(r.key()) && r.value().contains(adminNote), Duration.ofSeconds(30));
      List<ConsumerRecord<String, String>> progressEvents =
          capture.drain(Duration.ofMillis(300)).stream()
              .filter(r -> action.equals(r.key()))
              .filter(r -> r.value().contains("action.progress-recorded"))
              .toList();
      assertThat(progressEvents)
          .as("the partner's first note and the admin's, nothing from the refused requests")
          .hasSize(2);
      assertThat(progressEvents.stream().filter(r -> r.value().contains("COMPLETED"))).isEmpty();
    }

    // signed again: it may post progress again
    signatories.resign(lead, "VCS", 4, LocalDate.of(2010, 1, 5));
    Api.postProgress(partner, action, "{\"note\":\"Back on board\"}")
        .then()
        .statusCode(201)
        .body("progress.note", equalTo("Back on board"));
    given()
        .auth()
        .oauth2(partner)
        .contentType(ContentType.JSON)
        .body("{\"items\":[{\"actionId\":\"" + action + "\",\"note\":\"bulk again\"}]}")
        .post("/actions/progress")
        .then()
        .statusCode(200)
        .body("recorded", equalTo(1))
        .body("items[0].status", equalTo(201));
  }

  @Test
  void aPartnerOfAnOrganisationTheReplicaDoesNotKnowIsNotRefused() {
    UUID unknownToReplica = UUID.randomUUID();
    String action = Api.publishedPlanWithAction("June 2009", unknownToReplica)[1];
    Api.postProgress(TestTokens.partner(unknownToReplica), action, "{\"note\":\"started\"}")
        .then()
        .statusCode(201);
  }

  @Test
  void aWithdrawnPartnerOfAnotherOrganisationDoesNotBlockTheLead() {
    ReplicatedSignatories signatories = new ReplicatedSignatories(dataSource);
    UUID lead = signatories.signed("Leading Council", "PUBLIC");
    UUID other = signatories.signed("Other Charity", "VCS");
    signatories.withdraw(other, "VCS", 3, LocalDate.of(2009, 10, 1));
    String action = Api.publishedPlanWithAction("June 2009", lead)[1];
    Api.postProgress(TestTokens.partner(other), action, "{\"note\":\"not mine\"}")
        .then()
        .statusCode(422)
        .body("type", equalTo(WITHDRAWN_TYPE));
    Api.postProgress(TestTokens.partner(lead), action, "{\"note\":\"mine\"}")
        .then()
        .statusCode(201);
  }

  private long progressRows(String action) {
    return new Db(dataSource)
        .count("select count(*) from action_progress where action_id = ?", UUID.fromString(action));
  }

  private long progressEventsInOutbox(String action) {
    return new Db(dataSource)
        .count(
            "select count(*) from outbox_event where aggregate_id = ? and event_type in"
                + " ('action.progress-recorded', 'action.status-changed')",
            action);
  }
}
