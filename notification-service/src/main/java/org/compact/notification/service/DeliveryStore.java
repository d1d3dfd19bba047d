package org.compact.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.compact.notification.config.NotificationConfig;
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.DeliveryAttempt;
import org.compact.notification.domain.PauseRule;
import org.compact.notification.domain.RetrySchedule;
import org.compact.notification.domain.Subscription;
import org.compact.notification.domain.SubscriptionHealth;
import org.compact.notification.domain.WebhookEvent;
import org.jboss.logging.Logger;

/**
 * The dispatcher's transactions: which deliveries are due, what an attempt sends, and what its
 * outcome changes (log entry, next attempt or give-up, failure streak, pause). Each runs on its own
 * so that no database transaction stays open during an HTTP call.
 */
@ApplicationScoped
public class DeliveryStore {
  private static final Logger LOG = Logger.getLogger(DeliveryStore.class);

  @Inject EntityManager em;
  @Inject SecretVault vault;
  @Inject NotificationConfig config;
  @Inject WebhookMetrics metrics;

  public RetrySchedule schedule() {
    var retry = config.retry();
    return new RetrySchedule(retry.base(), retry.cap(), retry.window());
  }

  public PauseRule pauseRule() {
    var pause = config.pause();
    return new PauseRule(
        pause.afterConsecutiveFailures(), pause.afterFailingFor(), pause.minFailedAttempts());
  }

  /** Deliveries due at {@code now} of ACTIVE subscriptions, longest waiting first. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<UUID> due(Instant now, int limit) {
    List<Object> ids =
        em.createNativeQuery(
                "select d.id from delivery d join subscription s on s.id = d.subscription_id"
                    + " where d.status = 'PENDING' and d.next_attempt_at <= ?1"
                    + " and s.status = 'ACTIVE' order by d.next_attempt_at, d.created_at limit ?2")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    List<UUID> out = new ArrayList<>();
    ids.forEach(id -> out.add((UUID) id));
    return out;
  }

  /** The signed request for an attempt at {@code at}, or empty when it is no longer due. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<PreparedAttempt> prepare(UUID deliveryId, Instant at) {
    Delivery delivery = Delivery.findById(deliveryId);
    if (delivery == null || !delivery.isDue(at)) {
      return Optional.empty();
    }
    Subscription subscription = Subscription.findById(delivery.subscriptionId);
    WebhookEvent event = WebhookEvent.findById(delivery.eventId);
    if (subscription == null || subscription.isPaused() || event == null) {
      return Optional.empty();
    }
    List<String> secrets = new ArrayList<>();
    try {
      secrets.add(vault.open(subscription.secretCiphertext, subscription.id));
      if (subscription.previousSecretValidAt(at)) {
        secrets.add(vault.open(subscription.previousSecretCiphertext, subscription.id));
      }
    } catch (IllegalStateException e) {
      LOG.errorf("subscription %s: %s", subscription.id, e.getMessage());
      return Optional.of(
          PreparedAttempt.unsendable(
              delivery.id,
              subscription.id,
              "the signing secret cannot be decrypted (compact.notification.secret-key changed?);"
                  + " rotate the subscription's secret"));
    }
    return Optional.of(
        new PreparedAttempt(
            delivery.id,
            subscription.id,
            subscription.url,
            WebhookHeaders.of(delivery, at, secrets, event.body),
            event.body.getBytes(StandardCharsets.UTF_8),
            null));
  }

  /** Records the outcome of the attempt made at {@code at}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(UUID deliveryId, Instant at, Delivery.Outcome outcome) {
    // lock order subscription -> delivery -> health, as a subscription's deletion cascades
    Delivery unlocked = em.find(Delivery.class, deliveryId);
    if (unlocked == null
        || em.find(Subscription.class, unlocked.subscriptionId, LockModeType.PESSIMISTIC_WRITE)
            == null) {
      return; // the subscription was deleted meanwhile
    }
    em.refresh(unlocked, LockModeType.PESSIMISTIC_WRITE);
    Delivery delivery = unlocked;
    DeliveryAttempt attempt =
        delivery.record(at, outcome, schedule(), ThreadLocalRandom.current().nextDouble());
    attempt.persist();
    metrics.attempted(outcome.succeeded(), delivery.status);
    SubscriptionHealth health = health(delivery.subscriptionId);
    if (outcome.succeeded()) {
      health.succeeded(at);
      return;
    }
    health.failed(at, attempt.error);
    pauseRule()
        .reasonToPause(health.consecutiveFailures, health.failingSince, at, health.lastError)
        .ifPresent(reason -> pause(delivery.subscriptionId, reason, at));
  }

  private void pause(UUID subscriptionId, String reason, Instant at) {
    Subscription subscription = em.find(Subscription.class, subscriptionId);
    if (subscription != null && !subscription.isPaused()) {
      subscription.pause(reason, at);
      metrics.paused();
      LOG.infof("webhook subscription %s paused: %s", subscriptionId, reason);
    }
  }

  SubscriptionHealth health(UUID subscriptionId) {
    SubscriptionHealth health =
        em.find(SubscriptionHealth.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
    if (health == null) {
      health = SubscriptionHealth.fresh(subscriptionId);
      health.persist();
    }
    return health;
  }
}
