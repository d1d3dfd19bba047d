package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryTest {
  static final RetrySchedule SCHEDULE =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofHours(24));
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  static Delivery pending() {
    WebhookEvent event = new WebhookEvent();
    event.eventId = UUID.randomUUID();
    event.eventType = "consultation.opened";
    event.aggregateId = UUID.randomUUID().toString();
    return Delivery.pending(UUID.randomUUID(), event, T0);
  }

  @Test
  void aFailedAttemptSchedulesTheNextWithinTheCeilingAndIsLogged() {
    Delivery delivery = pending();
    DeliveryAttempt attempt =
        delivery.record(T0, new Delivery.Outcome(503, 40, null), SCHEDULE, 0.5);

    assertThat(delivery.status).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.nextAttemptAt).isEqualTo(T0.plusSeconds(15));
    assertThat(delivery.lastError).isEqualTo("HTTP 503");
    assertThat(attempt.number).isEqualTo(1);
    assertThat(attempt.succeeded).isFalse();
    assertThat(attempt.statusCode).isEqualTo(503);
    assertThat(attempt.latencyMs).isEqualTo(40);
  }

  @Test
  void aTwoHundredAnswerDeliversOnlyTwoHundredsCount() {
    Delivery redirected = pending();
    redirected.record(T0, new Delivery.Outcome(302, 5, null), SCHEDULE, 0.5);
    assertThat(redirected.status).isEqualTo(DeliveryStatus.PENDING);

    Delivery delivered = pending();
    delivered.record(T0, new Delivery.Outcome(204, 5, null), SCHEDULE, 0.5);
    assertThat(delivered.status).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivered.deliveredAt).isEqualTo(T0);
    assertThat(delivered.nextAttemptAt).isNull();
  }

  @Test
  void aDeliveryIsGivenUpWhenTheAttemptAtTheEndOfItsWindowFails() {
    Delivery delivery = pending();
    delivery.record(T0, new Delivery.Outcome(null, 5000, "connect timed out"), SCHEDULE, 0.5);
    delivery.record(
        T0.plus(Duration.ofHours(24)), new Delivery.Outcome(500, 3, null), SCHEDULE, 0.5);

    assertThat(delivery.status).isEqualTo(DeliveryStatus.FAILED);
    assertThat(delivery.nextAttemptAt).isNull();
    assertThat(delivery.attemptCount).isEqualTo(2);
  }

  @Test
  void aRedeliveryIsDueNowWithAFreshWindowAndKeepsCountingAttempts() {
    Delivery delivery = pending();
    delivery.record(T0, new Delivery.Outcome(500, 3, null), SCHEDULE, 0.5);
    delivery.record(
        T0.plus(Duration.ofHours(25)), new Delivery.Outcome(500, 3, null), SCHEDULE, 0.5);
    assertThat(delivery.status).isEqualTo(DeliveryStatus.FAILED);

    Instant later = T0.plus(Duration.ofDays(2));
    delivery.startNewSeries(later);
    assertThat(delivery.isDue(later)).isTrue();
    DeliveryAttempt third =
        delivery.record(later, new Delivery.Outcome(500, 3, null), SCHEDULE, 0.5);
    assertThat(third.number).isEqualTo(3);
    assertThat(delivery.status).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.seriesStartedAt).isEqualTo(later);
  }

  @Test
  void longErrorsAreCutForTheLog() {
    Delivery delivery = pending();
    delivery.record(T0, new Delivery.Outcome(null, 1, "x".repeat(2000)), SCHEDULE, 0.5);
    assertThat(delivery.lastError).hasSize(Delivery.MAX_ERROR_LENGTH);
  }
}
