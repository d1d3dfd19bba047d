package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.consultation.service.ConsultationStatusJob;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.consultation.ConsultationCancelled;
import org.compact.contracts.consultation.ConsultationClosed;
import org.compact.contracts.consultation.ConsultationOpened;
import org.compact.contracts.consultation.ConsultationOutcomePublished;
import org.compact.contracts.consultation.ConsultationResultsPublished;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.contracts.consultation.ConsultationUpdated;
import org.compact.contracts.consultation.LeadIn;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every consultation event type reaches Kafka through the outbox and matches its schema. */
@QuarkusTest
class ConsultationEventsTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  @Inject TimeSource time;
  @Inject ConsultationStatusJob job;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aConsultationsWholeLifeIsPublishedInOrderWithTheLeadInOnEveryEvent() {
    time.fixAt(Instant.parse("2030-12-01T12:00:00Z"));
    UUID owner = UUID.randomUUID();
    LocalDate opens = LocalDate.of(2031, 1, 6);
    LocalDate closes = opens.plusDays(30);
    String id =
        Fixtures.schedule(
                TestTokens.partner(owner),
                Fixtures.body(owner, opens, closes, "\"shortLeadInReason\":\"Statutory deadline\""))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String etag = Fixtures.etag(id);
    ConsultationApiTest.put(
            TestTokens.partner(owner),
            id,
            etag,
            Fixtures.body(owner, opens, closes.plusDays(60), null)
                .replace("\"ownerId\":\"" + owner + "\",", ""))
        .then()
        .statusCode(200);

    time.fixAt(Instant.parse("2031-01-06T00:30:00Z"));
    assertThat(job.run()).isGreaterThanOrEqualTo(1);
    time.fixAt(Instant.parse("2031-04-08T09:00:00Z"));
    assertThat(job.run()).isGreaterThanOrEqualTo(1);

    Fixtures.pushResult(
            TestTokens.councilSystem(owner),
            id,
            Fixtures.result("EV-1", 99).replace("2025-05-01", "2031-04-08"))
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.councilSystem(owner))
        .header("If-Match", Fixtures.etag(id))
        .contentType(ContentType.JSON)
        .body(
            "{\"heard\":\"More buses\",\"decided\":\"Two new routes\","
                + "\"howParticipantsTold\":\"Letter to the Citizens' Panel\"}")
        .post("/consultations/" + id + "/outcome")
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("OUTCOME_PUBLISHED"));

    try (EventCapture capture = new EventCapture(Topics.CONSULTATIONS)) {
      capture.awaitEvent(
          e -> e.aggregateId().equals(id) && e.type().equals("consultation.outcome-published"),
          WAIT);
      List<ConsumerRecord<String, String>> ours =
          capture.drain(Duration.ofMillis(300)).stream().filter(r -> id.equals(r.key())).toList();
      ours.forEach(r -> EventSchemas.assertValid(r.value()));
      List<EventEnvelope> events = ours.stream().map(r -> EventCodec.read(r.value())).toList();
      assertThat(events)
          .extracting(EventEnvelope::type)
          .containsExactly(
              "consultation.scheduled",
              "consultation.updated",
              "consultation.opened",
              "consultation.closed",
              "consultation.results-published",
              "consultation.outcome-published");
      assertThat(events)
          .extracting(EventEnvelope::aggregateVersion)
          .isSorted()
          .doesNotHaveDuplicates();

      ConsultationScheduled scheduled =
          EventCodec.payload(events.get(0), ConsultationScheduled.class);
      assertThat(scheduled.leadIn())
          .isEqualTo(new LeadIn(30, 84, false, "Statutory deadline", "CALENDAR"));
      assertThat(scheduled.status()).isEqualTo("PLANNED");
      assertThat(scheduled.ownerId()).isEqualTo(owner);
      assertThat(scheduled.scheduledOn()).isEqualTo(LocalDate.of(2030, 12, 1));
      assertThat(scheduled.details().audiences()).containsExactly("RESIDENTS", "CITIZENS_PANEL");
      assertThat(scheduled.details().representativeViews()).isTrue();
      assertThat(scheduled.details().closesOn()).isEqualTo(closes);

      ConsultationUpdated updated = EventCodec.payload(events.get(1), ConsultationUpdated.class);
      assertThat(updated.leadIn()).isEqualTo(new LeadIn(90, 84, true, null, "CALENDAR"));
      assertThat(updated.details().closesOn()).isEqualTo(closes.plusDays(60));

      ConsultationOpened opened = EventCodec.payload(events.get(2), ConsultationOpened.class);
      assertThat(opened.status()).isEqualTo("OPEN");
      assertThat(opened.openedOn()).isEqualTo(opens);
      ConsultationClosed closed = EventCodec.payload(events.get(3), ConsultationClosed.class);
      assertThat(closed.status()).isEqualTo("CLOSED");
      assertThat(closed.closedOn()).isEqualTo(closes.plusDays(60));
      assertThat(closed.leadIn().ruleMet()).isTrue();

      ConsultationResultsPublished results =
          EventCodec.payload(events.get(4), ConsultationResultsPublished.class);
      assertThat(results.status()).isEqualTo("RESULTS_PUBLISHED");
      assertThat(results.firstResult()).isTrue();
      assertThat(results.externalRef()).isEqualTo("EV-1");
      assertThat(results.responseCount()).isEqualTo(99);
      assertThat(results.publishedOn()).isEqualTo(LocalDate.of(2031, 4, 8));

      ConsultationOutcomePublished outcome =
          EventCodec.payload(events.get(5), ConsultationOutcomePublished.class);
      assertThat(outcome.status()).isEqualTo("OUTCOME_PUBLISHED");
      assertThat(outcome.publishedOn()).isEqualTo(LocalDate.of(2031, 4, 8));
      assertThat(ours)
          .allSatisfy(r -> assertThat(r.value()).doesNotContain("consultation@example"));
    }
  }

  @Test
  void cancellationIsPublishedWithItsReasonAndDate() {
    time.fixAt(Instant.parse("2030-12-01T12:00:00Z"));
    UUID owner = UUID.randomUUID();
    String id = Fixtures.scheduled(owner, LocalDate.of(2031, 1, 6), LocalDate.of(2031, 3, 31));
    ConsultationApiTest.cancel(
            TestTokens.admin(),
            id,
            Fixtures.etag(id),
            "{\"reason\":\"Merged into the Place Survey\"}")
        .then()
        .statusCode(200);
    try (EventCapture capture = new EventCapture(Topics.CONSULTATIONS)) {
      var record =
          capture.awaitRecord(
              r ->
                  id.equals(r.key())
                      && EventCodec.read(r.value()).type().equals("consultation.cancelled"),
              WAIT);
      EventSchemas.assertValid(record.value());
      ConsultationCancelled cancelled =
          EventCodec.payload(EventCodec.read(record.value()), ConsultationCancelled.class);
      assertThat(cancelled.status()).isEqualTo("CANCELLED");
      assertThat(cancelled.reason()).isEqualTo("Merged into the Place Survey");
      assertThat(cancelled.cancelledOn()).isEqualTo(LocalDate.of(2030, 12, 1));
      assertThat(cancelled.leadIn().ruleMet()).isTrue();
    }
  }
}
