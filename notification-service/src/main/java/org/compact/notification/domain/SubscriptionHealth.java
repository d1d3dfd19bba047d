package org.compact.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The failure streak of a subscription: failed attempts since the last success (across its
 * deliveries) and when the streak began. Not versioned: attempts must not change the subscription's
 * ETag.
 */
@Entity
@Table(name = "subscription_health")
public class SubscriptionHealth extends PanacheEntityBase {
  @Id
  @Column(name = "subscription_id")
  public UUID subscriptionId;

  @Column(name = "consecutive_failures", nullable = false)
  public int consecutiveFailures;

  @Column(name = "failing_since")
  public Instant failingSince;

  @Column(name = "last_success_at")
  public Instant lastSuccessAt;

  @Column(name = "last_failure_at")
  public Instant lastFailureAt;

  @Column(name = "last_error")
  public String lastError;

  public static SubscriptionHealth fresh(UUID subscriptionId) {
    SubscriptionHealth health = new SubscriptionHealth();
    health.subscriptionId = subscriptionId;
    return health;
  }

  public void succeeded(Instant at) {
    consecutiveFailures = 0;
    failingSince = null;
    lastSuccessAt = at;
  }

  public void failed(Instant at, String error) {
    if (consecutiveFailures == 0) {
      failingSince = at;
    }
    consecutiveFailures++;
    lastFailureAt = at;
    lastError = error;
  }

  /** A resumed subscription starts a new streak. */
  public void reset() {
    consecutiveFailures = 0;
    failingSince = null;
  }
}
