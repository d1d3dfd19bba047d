package org.compact.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.compact.notification.config.NotificationConfig;
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.TargetRefused;
import org.compact.platform.lease.Leases;
import org.compact.platform.time.TimeSource;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. One instance acts across replicas (lease); "now" is the {@link TimeSource},
 * so tests move the clock to make retries due. Each attempt re-checks the target (SSRF) and is
 * recorded in its own transaction.
 */
@ApplicationScoped
public class DeliveryDispatcher {
  public static final String LEASE = "webhook-dispatch";
  private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

  @Inject Leases leases;
  @Inject TimeSource time;
  @Inject DeliveryStore store;
  @Inject TargetGuard guard;
  @Inject WebhookSender sender;
  @Inject NotificationConfig config;

  private volatile boolean stopping;

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  @Scheduled(
      identity = "webhook-dispatch",
      every = "${compact.notification.dispatch.every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    if (stopping) {
      return;
    }
    try {
      runOnce();
    } catch (RuntimeException e) {
      LOG.warnf("webhook dispatch run failed (retried at the next run): %s", e.toString());
    }
  }

  /** One run: the number of attempts made, or -1 when another instance holds the lease. */
  public int runOnce() {
    AtomicInteger attempts = new AtomicInteger();
    boolean ran = leases.runExclusively(LEASE, () -> attempts.set(sendDue()));
    return ran ? attempts.get() : -1;
  }

  private int sendDue() {
    long deadline = System.nanoTime() + config.dispatch().timeBudget().toNanos();
    List<UUID> due = store.due(time.now(), config.dispatch().batchSize());
    int made = 0;
    for (UUID deliveryId : due) {
      if (System.nanoTime() > deadline) {
        break;
      }
      if (attempt(deliveryId)) {
        made++;
      }
    }
    return made;
  }

  private boolean attempt(UUID deliveryId) {
    Instant at = time.now();
    Optional<PreparedAttempt> prepared = store.prepare(deliveryId, at);
    if (prepared.isEmpty()) {
      return false;
    }
    PreparedAttempt attempt = prepared.get();
    Delivery.Outcome outcome;
    if (attempt.unsendable() != null) {
      outcome = new Delivery.Outcome(null, 0, attempt.unsendable());
    } else {
      try {
        outcome = sender.send(guard.check(attempt.url()), attempt.headers(), attempt.body());
      } catch (TargetRefused e) {
        outcome = new Delivery.Outcome(null, 0, "refused: " + e.getMessage());
      }
    }
    if (!outcome.succeeded()) {
      LOG.debugf("delivery %s to %s failed: %s", deliveryId, attempt.url(), outcome.describe());
    }
    store.record(deliveryId, at, outcome);
    return true;
  }
}
