package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.reporting.Reports.completedIn;
import static org.compact.reporting.Reports.newlySignedVcs;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.reporting.events.ReadModelConsumer;
import org.compact.reporting.events.ReadModelWriter;
import org.junit.jupiter.api.Test;

/** The consumer on real Kafka and PostgreSQL. Dates in 2040-41 keep other tests' figures apart. */
@QuarkusTest
class ReadModelConsumerTest {
  private static final List<String> CODES = List.of("CONSULTATION");
  private static final String DEAD_LETTERS =
      "select count(*) from consumer_dead_letter where consumer = ?";

  @Inject DataSource dataSource;
  @Inject ReadModelConsumer consumer;

  private static SignatorySigned signed(UUID id, LocalDate on) {
    return new SignatorySigned(id, "Org " + id, "VCS", "charity", on, CODES);
  }

  @Test
  void aRedeliveredEventChangesNothingWhileANewEventIsApplied() {
    try (TestEvents events = new TestEvents(dataSource)) {
      UUID org = UUID.randomUUID();
      EventEnvelope first = events.publish(2, signed(org, LocalDate.of(2040, 5, 1)));
      events.awaitApplied(first);
      int before = newlySignedVcs(2040);
      long duplicatesBefore = consumer.state().duplicates();

      events.publish(first); // redelivery: same eventId, same partition
      EventEnvelope next = events.publish(2, signed(UUID.randomUUID(), LocalDate.of(2040, 6, 1)));
      // same key as the redelivery so it lands on the same partition, after it
      EventEnvelope sameOrgLater =
          events.publish(
              3,
              new org.compact.contracts.signatory.SignatoryChampionChanged(
                  org, "VCS", true, LocalDate.of(2040, 7, 1)));
      events.awaitApplied(next, sameOrgLater);

      assertThat(events.facts(first.eventId())).isEqualTo(1);
      assertThat(consumer.state().duplicates()).isGreaterThan(duplicatesBefore);
      assertThat(newlySignedVcs(2040)).as("only the new event counted").isEqualTo(before + 1);
    }
  }

  @Test
  void restartingTheConsumerMidStreamLosesNothing() {
    try (TestEvents events = new TestEvents(dataSource)) {
      int before = newlySignedVcs(2041);
      List<EventEnvelope> published = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        published.add(events.publish(2, signed(UUID.randomUUID(), LocalDate.of(2041, 4, 1 + i))));
        if (i == 10) {
          consumer.stop();
          assertThat(consumer.state().running()).isFalse();
        }
        if (i == 20) {
          consumer.start();
        }
      }
      events.awaitApplied(published.toArray(EventEnvelope[]::new));
      assertThat(newlySignedVcs(2041)).isEqualTo(before + 30);
    } finally {
      consumer.start();
    }
  }

  @Test
  void malformedMessagesAreDeadLetteredAndUnknownTypesSkippedWithoutStoppingTheConsumer() {
    try (TestEvents events = new TestEvents(dataSource)) {
      String key = UUID.randomUUID().toString();
      long deadLetters = events.db().count(DEAD_LETTERS, ReadModelWriter.CONSUMER);
      long skipped = consumer.state().skipped();
      events.publishRaw(Topics.SIGNATORIES, key, "{not json");
      events.publishRaw(Topics.SIGNATORIES, key, "{\"eventId\":\"" + UUID.randomUUID() + "\"}");
      EventEnvelope unknown =
          new EventEnvelope(
              UUID.randomUUID(),
              "signatory.teleported",
              1,
              "signatory",
              key,
              1,
              java.time.Instant.now(),
              EventCodec.mapper().createObjectNode().put("where", "moon"));
      events.publish(Topics.SIGNATORIES, unknown);
      EventEnvelope newerVersion =
          new EventEnvelope(
              UUID.randomUUID(),
              "signatory.signed",
              99,
              "signatory",
              key,
              2,
              java.time.Instant.now(),
              EventCodec.mapper().createObjectNode());
      events.publish(newerVersion);
      // a signed event whose payload breaks its contract (a date that is no date)
      EventEnvelope badPayload =
          new EventEnvelope(
              UUID.randomUUID(),
              "signatory.signed",
              1,
              "signatory",
              key,
              3,
              java.time.Instant.now(),
              EventCodec.mapper().createObjectNode().put("signedOn", "yesterday"));
      events.publish(badPayload);
      // positive control on the same partition, after the bad ones
      EventEnvelope good =
          events.publish(4, signed(UUID.fromString(key), LocalDate.of(2040, 9, 1)));
      events.awaitApplied(good);

      assertThat(events.db().count(DEAD_LETTERS, ReadModelWriter.CONSUMER))
          .isEqualTo(deadLetters + 3);
      assertThat(events.facts(unknown.eventId())).isZero();
      assertThat(events.facts(newerVersion.eventId())).isZero();
      assertThat(consumer.state().skipped()).isEqualTo(skipped + 2);
      assertThat(consumer.state().running()).isTrue();
      given()
          .get("/q/metrics")
          .then()
          .statusCode(200)
          .body(
              containsString(
                  "compact_consumer_events_total{consumer=\"reporting-read-model\","
                      + "outcome=\"dead_lettered\",topic=\"compact.signatories\"}"))
          .body(
              containsString(
                  "compact_consumer_lag{consumer=\"reporting-read-model\","
                      + "topic=\"compact.actionplans\"}"))
          .body(
              containsString(
                  "compact_consumer_events_total{consumer=\"reporting-read-model\","
                      + "outcome=\"applied\""))
          .body(containsString("compact_consumer_failed_attempts_total"));
    }
  }

  @Test
  void eventsArrivingOutOfOrderAcrossTopicsAreCountedAsIfInOrder() {
    try (TestEvents events = new TestEvents(dataSource)) {
      UUID plan = UUID.randomUUID();
      UUID action = UUID.randomUUID();
      int completedBefore = completedIn(2042);
      // the completion arrives first, then the action, then the plan's publication
      EventEnvelope completed =
          events.publish(
              3,
              new ActionStatusChanged(
                  action,
                  plan,
                  ActionStatus.IN_PROGRESS,
                  ActionStatus.COMPLETED,
                  LocalDate.of(2042, 9, 1),
                  LocalDate.of(2042, 8, 31),
                  Priority.HIGH));
      EventEnvelope created =
          events.publish(
              1,
              new ActionCreated(
                  action,
                  plan,
                  Priority.HIGH,
                  ActionStatus.NOT_STARTED,
                  "August 2042",
                  LocalDate.of(2042, 8, 31),
                  List.of(),
                  LocalDate.of(2042, 4, 2)));
      EventEnvelope published =
          events.publish(
              2,
              new PlanPublished(
                  plan,
                  "Plan 2042",
                  "2042-43",
                  LocalDate.of(2042, 4, 1),
                  LocalDate.of(2042, 4, 1)));
      events.awaitApplied(completed, created, published);
      assertThat(completedIn(2042)).isEqualTo(completedBefore + 1);
    }
  }

  @Test
  void readinessIsDownWhileTheConsumerIsStopped() {
    given().get("/q/health/ready").then().statusCode(200);
    consumer.stop();
    try {
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(503)
          .body(containsString("reporting-read-model-consumer"));
    } finally {
      consumer.start();
    }
    TestEvents.await(() -> consumer.state().ready(), "consumer ready again");
    given().get("/q/health/ready").then().statusCode(200);
  }

  @Test
  void offsetsAreStoredWithTheFacts() {
    try (TestEvents events = new TestEvents(dataSource)) {
      EventEnvelope e = events.publish(2, signed(UUID.randomUUID(), LocalDate.of(2040, 10, 1)));
      events.awaitApplied(e);
      assertThat(
              events
                  .db()
                  .count(
                      "select count(*) from consumer_position where consumer = ? and next_offset > 0",
                      ReadModelWriter.CONSUMER))
          .isPositive();
      assertThat(
              events
                  .db()
                  .count(
                      "select count(*) from processed_event where consumer = ? and event_id = ?",
                      ReadModelWriter.CONSUMER,
                      e.eventId()))
          .isEqualTo(1);
    }
  }
}
