package org.compact.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.DeliveryAttempt;
import org.compact.notification.domain.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event for one subscription, with its attempts (attempts only on the single read). */
@Schema(name = "Delivery")
public record DeliveryView(
    @Schema(example = "9c2d7e1a-3b4f-4a6e-8c1d-2e3f4a5b6c7d") UUID id,
    @Schema(example = "0f8e2a44-6f1b-4c1e-9d53-7b0c2e5a9d11") UUID subscriptionId,
    @Schema(
            description = "Deliveries are unique per subscription and event id",
            example = "1d6f5c0e-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
        UUID eventId,
    @Schema(example = "consultation.opened") String eventType,
    @Schema(example = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") String aggregateId,
    @Schema(example = "PENDING") DeliveryStatus status,
    @Schema(example = "2") int attemptCount,
    @Schema(
            description = "When the next attempt is due (PENDING only)",
            example = "2026-01-05T09:01:10Z")
        Instant nextAttemptAt,
    @Schema(example = "2026-01-05T09:00:40Z") Instant lastAttemptAt,
    @Schema(example = "503") Integer lastStatusCode,
    @Schema(example = "84") Long lastLatencyMs,
    @Schema(example = "HTTP 503") String lastError,
    @Schema(example = "2026-01-05T09:02:00Z") Instant deliveredAt,
    @Schema(example = "2026-01-05T09:00:00Z") Instant createdAt,
    @Schema(description = "Also the ETag", example = "2") long version,
    List<AttemptView> attempts) {

  /** One HTTP attempt. */
  @Schema(name = "DeliveryAttempt")
  public record AttemptView(
      @Schema(example = "1") int number,
      @Schema(example = "2026-01-05T09:00:00Z") Instant attemptedAt,
      @Schema(example = "false") boolean succeeded,
      @Schema(description = "Absent when no answer came", example = "503") Integer statusCode,
      @Schema(example = "84") long latencyMs,
      @Schema(example = "HTTP 503") String error) {
    static AttemptView of(DeliveryAttempt attempt) {
      return new AttemptView(
          attempt.number,
          attempt.attemptedAt,
          attempt.succeeded,
          attempt.statusCode,
          attempt.latencyMs,
          attempt.error);
    }
  }

  public static DeliveryView of(Delivery d, List<DeliveryAttempt> attempts) {
    return new DeliveryView(
        d.id,
        d.subscriptionId,
        d.eventId,
        d.eventType,
        d.aggregateId,
        d.status,
        d.attemptCount,
        d.nextAttemptAt,
        d.lastAttemptAt,
        d.lastStatusCode,
        d.lastLatencyMs,
        d.lastError,
        d.deliveredAt,
        d.createdAt,
        d.version,
        attempts == null ? null : attempts.stream().map(AttemptView::of).toList());
  }
}
