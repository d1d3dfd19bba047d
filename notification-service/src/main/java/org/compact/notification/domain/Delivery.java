package org.compact.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One event for one subscription (unique per subscription and event id). Attempts come in series:
 * the first series starts with the first attempt, a manual redelivery or a resume starts a new one
 * with a fresh retry window ({@link RetrySchedule}).
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {
  /** Longest error text kept per attempt. */
  public static final int MAX_ERROR_LENGTH = 500;

  @Id public UUID id;

  @Version public long version;

  @Column(name = "subscription_id", nullable = false)
  public UUID subscriptionId;

  @Column(name = "event_id", nullable = false)
  public UUID eventId;

  @Column(name = "event_type", nullable = false)
  public String eventType;

  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DeliveryStatus status;

  @Column(name = "attempt_count", nullable = false)
  public int attemptCount;

  @Column(name = "series_attempts", nullable = false)
  public int seriesAttempts;

  @Column(name = "series_started_at")
  public Instant seriesStartedAt;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  public Instant lastAttemptAt;

  @Column(name = "last_status_code")
  public Integer lastStatusCode;

  @Column(name = "last_latency_ms")
  public Long lastLatencyMs;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "delivered_at")
  public Instant deliveredAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The outcome of one attempt, as the sender saw it. */
  public record Outcome(Integer statusCode, long latencyMs, String error) {
    public boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public String describe() {
      if (error != null) {
        return error;
      }
      return succeeded() ? null : "HTTP " + statusCode;
    }
  }

  public static Delivery pending(UUID subscriptionId, WebhookEvent event, Instant now) {
    Delivery delivery = new Delivery();
    delivery.id = UUID.randomUUID();
    delivery.subscriptionId = subscriptionId;
    delivery.eventId = event.eventId;
    delivery.eventType = event.eventType;
    delivery.aggregateId = event.aggregateId;
    delivery.status = DeliveryStatus.PENDING;
    delivery.nextAttemptAt = now;
    delivery.createdAt = now;
    return delivery;
  }

  public boolean isDue(Instant now) {
    return status == DeliveryStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
  }

  /**
   * Records an attempt made at {@code at}; returns the log entry. On failure the next attempt comes
   * from the schedule, or the delivery is given up (FAILED) once its window is over.
   */
  public DeliveryAttempt record(
      Instant at, Outcome outcome, RetrySchedule schedule, double jitter) {
    attemptCount++;
    seriesAttempts++;
    if (seriesStartedAt == null) {
      seriesStartedAt = at;
    }
    lastAttemptAt = at;
    lastStatusCode = outcome.statusCode();
    lastLatencyMs = outcome.latencyMs();
    lastError = truncate(outcome.describe());
    if (outcome.succeeded()) {
      status = DeliveryStatus.DELIVERED;
      deliveredAt = at;
      nextAttemptAt = null;
    } else {
      Optional<Instant> next = schedule.nextAttempt(seriesStartedAt, seriesAttempts, at, jitter);
      status = next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
      nextAttemptAt = next.orElse(null);
    }
    DeliveryAttempt attempt = new DeliveryAttempt();
    attempt.deliveryId = id;
    attempt.number = attemptCount;
    attempt.attemptedAt = at;
    attempt.succeeded = outcome.succeeded();
    attempt.statusCode = outcome.statusCode();
    attempt.latencyMs = outcome.latencyMs();
    attempt.error = lastError;
    return attempt;
  }

  /** Manual redelivery or resume: due now, with a new series and retry window. */
  public void startNewSeries(Instant now) {
    status = DeliveryStatus.PENDING;
    nextAttemptAt = now;
    seriesAttempts = 0;
    seriesStartedAt = null;
  }

  static String truncate(String text) {
    if (text == null || text.length() <= MAX_ERROR_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }
}
