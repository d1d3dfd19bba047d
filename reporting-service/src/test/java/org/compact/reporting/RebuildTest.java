package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.reporting.Reports.json;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.reporting.events.ReadModelConsumer;
import org.compact.reporting.events.ReadModelWriter;
import org.compact.testsupport.Db;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Dropping the read model and replaying every topic gives byte-for-byte the same reports. */
@QuarkusTest
class RebuildTest {
  @Inject DataSource dataSource;
  @Inject ReadModelConsumer consumer;

  private static void awaitRebuilt() {
    TestEvents.await(
        () ->
            given()
                .auth()
                .oauth2(TestTokens.admin())
                .get("/admin/read-model")
                .then()
                .statusCode(200)
                .extract()
                .<Boolean>path("rebuilding")
                .equals(Boolean.FALSE),
        "the replay caught up");
  }

  @Test
  void rebuildEmptiesTheReadModelThenReplayGivesIdenticalFigures() {
    try (TestEvents events = new TestEvents(dataSource)) {
      GoldenScenario.load(events);
      UUID org = UUID.randomUUID();
      UUID dispute = UUID.randomUUID();
      EventEnvelope last =
          events.publish(
              2,
              new DisputeClosed(
                  dispute,
                  DisputeOutcome.RESOLVED,
                  "INFORMAL",
                  LocalDate.of(2050, 5, 1),
                  LocalDate.of(2050, 6, 1)));
      events.awaitApplied(
          events.publish(
              1,
              new SignatorySigned(
                  org, "Rebuild Org", "PUBLIC", "council", LocalDate.of(2050, 4, 1), List.of())),
          events.publish(
              2, new SignatoryWithdrawn(org, "PUBLIC", LocalDate.of(2050, 9, 1), "merged")),
          events.publish(
              1,
              new DisputeOpened(
                  dispute,
                  "STAFFORD",
                  "INFORMAL",
                  List.of(),
                  List.of(),
                  false,
                  LocalDate.of(2050, 5, 1))),
          last);
      String before2050 = json(2050);
      String before2001 = json(2001);
      String before2002 = json(2002);

      consumer.stop();
      try {
        given()
            .auth()
            .oauth2(TestTokens.partner(UUID.randomUUID()))
            .post("/admin/read-model/rebuild")
            .then()
            .statusCode(403);
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .post("/admin/read-model/rebuild")
            .then()
            .statusCode(202)
            .body("rebuilding", equalTo(true));

        Db db = new Db(dataSource);
        assertThat(db.count("select count(*) from report_fact")).isZero();
        assertThat(
                db.count(
                    "select count(*) from consumer_position where consumer = ?",
                    ReadModelWriter.CONSUMER))
            .isZero();
        assertThat(
                db.count(
                    "select count(*) from consumer_dead_letter where consumer = ?",
                    ReadModelWriter.CONSUMER))
            .isZero();
        assertThat(
                db.count(
                    "select count(*) from processed_event where consumer = ?",
                    ReadModelWriter.CONSUMER))
            .isZero();
        assertThat(json(2050)).as("figures are empty after the drop").isNotEqualTo(before2050);
        given().get("/q/health/ready").then().statusCode(503);
      } finally {
        consumer.start();
      }
      awaitRebuilt();
      given().get("/q/health/ready").then().statusCode(200);
      assertThat(json(2050)).isEqualTo(before2050);
      assertThat(json(2001)).isEqualTo(before2001);
      assertThat(json(2002)).isEqualTo(before2002);
    }
  }

  @Test
  void aRebuildWhileTheConsumerRunsAlsoReplaysEverything() {
    try (TestEvents events = new TestEvents(dataSource)) {
      GoldenScenario.load(events);
      String before = json(2002);
      long facts = new Db(dataSource).count("select count(*) from report_fact");
      given()
          .auth()
          .oauth2(TestTokens.admin())
          .post("/admin/read-model/rebuild")
          .then()
          .statusCode(202);
      awaitRebuilt();
      assertThat(new Db(dataSource).count("select count(*) from report_fact")).isEqualTo(facts);
      assertThat(json(2002)).isEqualTo(before);
    }
  }
}
