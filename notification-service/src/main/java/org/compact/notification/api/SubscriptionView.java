package org.compact.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compact.notification.domain.Subscription;
import org.compact.notification.domain.SubscriptionHealth;
import org.compact.notification.domain.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its owner sees it; {@code secret} only in the create and rotate answers. */
@Schema(name = "Subscription")
public record SubscriptionView(
    @Schema(example = "0f8e2a44-6f1b-4c1e-9d53-7b0c2e5a9d11") UUID id,
    @Schema(example = "https://partner.example.org/compact/webhooks") String url,
    @Schema(example = "Our CRM's consultation feed") String description,
    @Schema(example = "[\"consultation.opened\"]") List<String> eventTypes,
    @Schema(example = "[\"CONSULTATIONS_OF_MY_ORGANISATION\"]") List<String> filters,
    @Schema(
            description = "The organisation the filters refer to",
            example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c")
        UUID organisationId,
    @Schema(
            description = "The partner organisation that owns it; absent when compact-admin does",
            example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c")
        UUID ownerOrganisationId,
    @Schema(example = "ACTIVE") SubscriptionStatus status,
    @Schema(
            description = "Why it was paused (by the service for failing, or by a user)",
            example =
                "Paused: every delivery attempt has failed since 2026-01-05T09:00:00Z (17 attempts"
                    + " over 24 h); last error: HTTP 503")
        String pausedReason,
    @Schema(example = "2026-01-06T09:00:00Z") Instant pausedAt,
    @Schema(
            description =
                "The signing secret, shown only in the answer that created it (create without"
                    + " replay, rotate-secret); stored encrypted, never shown again",
            example = "whsec_2Jq9tQ0mX8c1T3yY7hV4bN6sK5pR0wZe1aF8gD2uL4o")
        String secret,
    @Schema(
            description = "Until then the previous secret also signs deliveries (after a rotation)",
            example = "2026-01-07T09:00:00Z")
        Instant previousSecretValidUntil,
    @Schema(example = "2026-01-06T09:00:00Z") Instant secretRotatedAt,
    HealthView health,
    @Schema(description = "The token sub that created it", example = "partner-alice")
        String createdBy,
    @Schema(example = "2026-01-05T08:30:00Z") Instant createdAt,
    @Schema(example = "2026-01-05T08:30:00Z") Instant updatedAt,
    @Schema(description = "Also the ETag", example = "0") long version) {

  /** How deliveries fare: the failure streak that may pause the subscription. */
  @Schema(name = "SubscriptionHealth")
  public record HealthView(
      @Schema(description = "Failed attempts since the last success", example = "0")
          int consecutiveFailures,
      @Schema(example = "2026-01-05T09:00:00Z") Instant failingSince,
      @Schema(example = "2026-01-05T08:45:00Z") Instant lastSuccessAt,
      @Schema(example = "2026-01-05T09:00:00Z") Instant lastFailureAt,
      @Schema(example = "HTTP 503") String lastError) {
    static HealthView of(SubscriptionHealth health) {
      return new HealthView(
          health.consecutiveFailures,
          health.failingSince,
          health.lastSuccessAt,
          health.lastFailureAt,
          health.lastError);
    }
  }

  public static SubscriptionView of(Subscription s, SubscriptionHealth health, String secret) {
    return new SubscriptionView(
        s.id,
        s.url,
        s.description,
        List.copyOf(s.eventTypes),
        List.copyOf(s.filters),
        s.organisationId,
        s.ownerOrgId,
        s.status,
        s.pausedReason,
        s.pausedAt,
        secret,
        s.previousSecretValidUntil,
        s.secretRotatedAt,
        HealthView.of(health),
        s.createdBy,
        s.createdAt,
        s.updatedAt,
        s.version);
  }

  SubscriptionView withoutSecret() {
    return new SubscriptionView(
        id,
        url,
        description,
        eventTypes,
        filters,
        organisationId,
        ownerOrganisationId,
        status,
        pausedReason,
        pausedAt,
        null,
        previousSecretValidUntil,
        secretRotatedAt,
        health,
        createdBy,
        createdAt,
        updatedAt,
        version);
  }
}
