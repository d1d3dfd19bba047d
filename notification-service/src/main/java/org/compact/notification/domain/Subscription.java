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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compact.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A webhook subscription. Owned by a partner organisation ({@code ownerOrgId}) or, when that is
 * null, by compact-admin. The secret is stored only encrypted; a rotated-out secret keeps signing
 * until {@code previousSecretValidUntil}.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  @Column(name = "owner_org_id")
  public UUID ownerOrgId;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(nullable = false)
  public String url;

  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "event_types", nullable = false)
  public List<String> eventTypes = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "filters", nullable = false)
  public List<String> filters = new ArrayList<>();

  @Column(name = "organisation_id")
  public UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SubscriptionStatus status;

  @Column(name = "paused_reason")
  public String pausedReason;

  @Column(name = "paused_at")
  public Instant pausedAt;

  @Column(name = "secret_ciphertext", nullable = false)
  public String secretCiphertext;

  @Column(name = "previous_secret_ciphertext")
  public String previousSecretCiphertext;

  @Column(name = "previous_secret_valid_until")
  public Instant previousSecretValidUntil;

  @Column(name = "secret_rotated_at")
  public Instant secretRotatedAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public boolean ownedByAdmin() {
    return ownerOrgId == null;
  }

  public boolean isPaused() {
    return status == SubscriptionStatus.PAUSED;
  }

  public Set<SubscriptionFilter> filterSet() {
    return filters.stream()
        .map(SubscriptionFilter::valueOf)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public SubscriptionScope scope() {
    return new SubscriptionScope(ownerOrgId, Set.copyOf(eventTypes), filterSet(), organisationId);
  }

  /** Stops attempts; deliveries keep collecting until the owner resumes. */
  public void pause(String reason, Instant now) {
    if (isPaused()) {
      throw ProblemException.conflict(
          "The subscription is paused already (" + pausedReason + ")",
          java.util.Map.of("subscriptionStatus", status.name()));
    }
    status = SubscriptionStatus.PAUSED;
    pausedReason = reason;
    pausedAt = now;
    updatedAt = now;
  }

  public void resume(Instant now) {
    if (!isPaused()) {
      throw ProblemException.conflict(
          "The subscription is not paused", java.util.Map.of("subscriptionStatus", status.name()));
    }
    status = SubscriptionStatus.ACTIVE;
    pausedReason = null;
    pausedAt = null;
    updatedAt = now;
  }

  /** Whether the rotated-out secret still signs deliveries, next to the current one. */
  public boolean previousSecretValidAt(Instant now) {
    return previousSecretCiphertext != null
        && previousSecretValidUntil != null
        && now.isBefore(previousSecretValidUntil);
  }
}
