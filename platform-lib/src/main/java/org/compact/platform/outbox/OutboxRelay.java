package org.compact.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.compact.platform.config.OutboxConfig;
import org.compact.platform.lease.Leases;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order (key = aggregate id, so order holds per
 * aggregate) and marks them sent. One relay acts at a time across replicas (advisory-lock lease).
 * While Kafka is unreachable it backs off exponentially; rows wait in the table, nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {
  static final String LEASE = "outbox-relay";
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  @Inject EntityManager em;
  @Inject Leases leases;
  @Inject OutboxConfig config;
  @Inject OutboxPublisher publisher;
  @Inject MeterRegistry registry;

  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong wakeUps = new AtomicLong();
  private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
  private Counter published;
  private Counter failures;
  private final java.util.concurrent.atomic.AtomicBoolean paused =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final Object signal = new Object();
  private boolean signalled;
  private volatile boolean running = true;
  private Thread worker;
  private volatile int consecutiveFailures;
  private volatile Instant nextAttempt = Instant.EPOCH;

  /**
   * Another instance held the lease at the last attempt: rows committed here meanwhile may have
   * been missed by its batch, so look again soon instead of after a whole poll interval.
   */
  private volatile boolean leaseWasBusy;

  /** When the backlog gauges were last read from the table (nanoTime), 0 when never. */
  private volatile long backlogReadAt;

  static final Duration BUSY_LEASE_RETRY = Duration.ofMillis(250);

  void registerMetrics(@Observes StartupEvent event) {
    Gauge.builder("compact.outbox.pending", pending, AtomicLong::get)
        .description("Outbox events not yet published")
        .register(registry);
    Gauge.builder(
            "compact.outbox.oldest.pending.age.seconds", oldestPendingAgeSeconds, AtomicLong::get)
        .description("Age of the oldest unpublished outbox event")
        .register(registry);
    published = registry.counter("compact.outbox.published");
    failures = registry.counter("compact.outbox.publish.failures");
  }

  void start(@Observes StartupEvent event) {
    if (config.relayEnabled()) {
      worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }
  }

  void close(@Observes ShutdownEvent event) {
    running = false;
    wakeUp();
    if (worker != null) {
      try {
        worker.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    publisher.close();
  }

  /**
   * Called after a transaction with outbox rows commits, so events leave without waiting a poll.
   */
  public void wakeUp() {
    wakeUps.incrementAndGet();
    synchronized (signal) {
      signalled = true;
      signal.notifyAll();
    }
  }

  private void loop() {
    while (running) {
      synchronized (signal) {
        long waitMs =
            leaseWasBusy
                ? Math.min(BUSY_LEASE_RETRY.toMillis(), config.pollInterval().toMillis())
                : config.pollInterval().toMillis();
        long until = System.currentTimeMillis() + waitMs;
        while (!signalled && running && System.currentTimeMillis() < until) {
          try {
            signal.wait(Math.max(1, until - System.currentTimeMillis()));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        signalled = false;
      }
      if (running && !paused.get() && !Instant.now().isBefore(nextAttempt)) {
        drain();
      }
    }
  }

  /** Publishes until nothing is pending or an attempt fails; returns how many were published. */
  public synchronized int drain() {
    int total = 0;
    try {
      BatchResult result;
      do {
        result = relayBatchInLease(config.batchSize());
        leaseWasBusy = result == null;
        if (result == null) {
          break;
        }
        total += result.published();
        if (result.failure() != null) {
          throw result.failure();
        }
      } while (result.published() == config.batchSize());
      consecutiveFailures = 0;
      nextAttempt = Instant.EPOCH;
    } catch (Exception e) {
      backOff(e);
    } finally {
      if (backlogReadAt == 0
          || System.nanoTime() - backlogReadAt > config.backlogRefreshInterval().toNanos()) {
        refreshBacklog();
      }
    }
    return total;
  }

  /** Stops the scheduled relay (operations, and tests that drive {@link #relayBatch} directly). */
  public void pause() {
    paused.set(true);
  }

  public void resume() {
    paused.set(false);
    nextAttempt = Instant.EPOCH;
  }

  /** One batch under the lease; empty result when another instance holds it. */
  public BatchResult relayBatch() {
    return relayBatch(config.batchSize());
  }

  public BatchResult relayBatch(int limit) {
    BatchResult result = relayBatchInLease(limit);
    return result == null ? new BatchResult(0, null) : result;
  }

  /** Null when another instance holds the lease. */
  private BatchResult relayBatchInLease(int limit) {
    return leases.runExclusively(LEASE, () -> publishPendingInLease(limit));
  }

  @SuppressWarnings("unchecked")
  private BatchResult publishPendingInLease(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, topic, aggregate_id, event_type, event_id, envelope from outbox_event"
                    + " where published_at is null order by id limit ?1")
            .setParameter(1, limit)
            .getResultList();
    if (rows.isEmpty()) {
      backlogIsEmpty(); // known without another query: the idle poll costs one select
      return new BatchResult(0, null);
    }
    List<OutboxPublisher.Message> messages = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      messages.add(
          new OutboxPublisher.Message(
              ((Number) row[0]).longValue(),
              (String) row[1],
              (String) row[2],
              (String) row[3],
              row[4].toString(),
              (String) row[5]));
    }
    OutboxPublisher.Outcome outcome = publisher.publish(messages, config.sendTimeout());
    if (!outcome.acknowledgedIds().isEmpty()) {
      em.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
          .setParameter("ids", outcome.acknowledgedIds())
          .executeUpdate();
      published.increment(outcome.acknowledgedIds().size());
    }
    if (rows.size() < limit && outcome.failure() == null) {
      backlogIsEmpty(); // everything pending when the batch was read is now published
    }
    return new BatchResult(outcome.acknowledgedIds().size(), outcome.failure());
  }

  private void backOff(Exception e) {
    failures.increment();
    consecutiveFailures++;
    long base = Math.min(config.maxBackoff().toMillis(), 200L << Math.min(consecutiveFailures, 16));
    long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    nextAttempt = Instant.now().plus(Duration.ofMillis(jittered));
    if (consecutiveFailures == 1 || consecutiveFailures % 20 == 0) {
      LOG.warnf(
          "outbox relay cannot publish (attempt %d, next in %d ms): %s",
          consecutiveFailures, jittered, e.getMessage());
    }
  }

  private void backlogIsEmpty() {
    pending.set(0);
    oldestPendingAgeSeconds.set(0);
    backlogReadAt = System.nanoTime();
  }

  /** Reads the backlog gauges in a transaction of their own. */
  private void refreshBacklog() {
    try {
      Object[] row =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      (Object[])
                          em.createNativeQuery(
                                  "select count(*), coalesce(extract(epoch from (now() -"
                                      + " min(created_at))), 0) from outbox_event where"
                                      + " published_at is null")
                              .getSingleResult());
      pending.set(((Number) row[0]).longValue());
      oldestPendingAgeSeconds.set(((Number) row[1]).longValue());
      backlogReadAt = System.nanoTime();
    } catch (RuntimeException e) {
      LOG.debugf("cannot read outbox backlog: %s", e.getMessage());
    }
  }

  /** How often the relay was woken (once per committed transaction that recorded events). */
  public long wakeUps() {
    return wakeUps.get();
  }

  public long pendingCount() {
    refreshBacklog();
    return pending.get();
  }

  @Scheduled(every = "1h", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
  void deleteOldPublished() {
    leases.runExclusively(
        "outbox-cleanup",
        () ->
            em.createNativeQuery(
                    "delete from outbox_event where published_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) config.retention().toSeconds())
                .executeUpdate());
  }

  /** How many rows one batch published, and why it stopped early (null when it did not). */
  public record BatchResult(int published, Exception failure) {}
}
