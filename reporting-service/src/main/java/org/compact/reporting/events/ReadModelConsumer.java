package org.compact.reporting.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.compact.contracts.MalformedEventException;
import org.compact.contracts.Topics;
import org.compact.reporting.config.ReportingConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies the four topics to the read model on one platform thread with a plain {@link
 * KafkaConsumer}. Partitions are assigned (not subscribed): every replica of the read model needs
 * every partition, and a rebuild must seek to the beginning without a rebalance in between. The
 * position is the offset stored with the facts in the database; the offsets committed to Kafka
 * under the configured group id afterwards only serve lag tooling.
 *
 * <p>A record that is not an event is dead-lettered; an unknown type or newer version is logged and
 * skipped; while the database is unreachable the same record is retried with back-off, so nothing
 * is skipped and nothing crashes.
 */
@ApplicationScoped
public class ReadModelConsumer {
  private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);

  @Inject ReportingConfig config;
  @Inject ReadModelWriter writer;
  @Inject ConsumerMetrics metrics;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  /** Held while a batch is polled and applied; a rebuild takes it to drop between batches. */
  private final ReentrantLock batchLock = new ReentrantLock();

  /** Back-off waits on it so that {@link #stop()} ends them at once (no thread interrupts). */
  private final Object sleeper = new Object();

  private volatile boolean running;
  private volatile boolean assigned;
  private volatile boolean rebuilding;
  private volatile boolean reseekRequested;
  private volatile Instant rebuildStartedAt;
  private volatile Instant rebuildFinishedAt;
  private volatile Map<TopicPartition, Long> rebuildTarget;
  private volatile KafkaConsumer<String, String> consumer;
  private volatile Thread worker;
  private Instant nextLagRefresh = Instant.EPOCH;

  void onStart(@Observes StartupEvent event) {
    metrics.register();
    if (config.consumer().enabled()) {
      start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  /** Starts the consumer thread (no-op when it runs). */
  public synchronized void start() {
    if (worker != null && worker.isAlive()) {
      return;
    }
    running = true;
    worker = Thread.ofPlatform().name("reporting-consumer").daemon().start(this::loop);
  }

  /** Stops the thread after the record in hand; what it applied is committed, nothing is lost. */
  public synchronized void stop() {
    running = false;
    KafkaConsumer<String, String> current = consumer;
    if (current != null) {
      current.wakeup();
    }
    synchronized (sleeper) {
      sleeper.notifyAll();
    }
    if (worker != null) {
      try {
        worker.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }

  /**
   * Drops the read model and replays every topic from the beginning. The drop happens between two
   * batches (or at once when the consumer is stopped); the replay runs on the consumer thread.
   * Returns false when no batch boundary came within 30 s (e.g. the database is down).
   */
  public boolean rebuild() {
    try {
      if (!batchLock.tryLock(30, TimeUnit.SECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      writer.drop();
      rebuilding = true;
      rebuildStartedAt = Instant.now();
      rebuildFinishedAt = null;
      rebuildTarget = null;
      reseekRequested = true;
      LOG.info("read model dropped; replaying all topics from the beginning");
      return true;
    } finally {
      batchLock.unlock();
    }
  }

  public ConsumerState state() {
    Map<String, Long> lag = new HashMap<>();
    Topics.ALL.forEach(t -> lag.put(t, metrics.lag(t)));
    return new ConsumerState(
        running && worker != null && worker.isAlive(),
        assigned,
        rebuilding,
        rebuildStartedAt,
        rebuildFinishedAt,
        lag,
        metrics.count(ReadModelWriter.Outcome.APPLIED),
        metrics.count(ReadModelWriter.Outcome.DUPLICATE),
        metrics.count(ReadModelWriter.Outcome.SKIPPED),
        metrics.count(ReadModelWriter.Outcome.DEAD_LETTERED),
        metrics.failedAttempts());
  }

  private void loop() {
    long backoffMs = 200;
    while (running) {
      try {
        if (consumer == null) {
          consumer = connect();
        }
        batchLock.lock();
        try {
          if (reseekRequested) {
            seekToStoredOffsets(consumer);
            reseekRequested = false;
          }
          pollAndApply(consumer);
        } finally {
          batchLock.unlock();
        }
        backoffMs = 200;
      } catch (WakeupException | StopRequested e) {
        // stop() was called
      } catch (RuntimeException e) {
        LOG.warnf("read-model consumer error, reconnecting in %d ms: %s", backoffMs, e.toString());
        closeConsumer();
        sleepQuietly(backoffMs);
        backoffMs = Math.min(backoffMs * 2, config.consumer().maxBackoff().toMillis());
      }
    }
    closeConsumer();
  }

  private KafkaConsumer<String, String> connect() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, config.consumer().groupId());
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-read-model");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumer().maxPollRecords());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    KafkaConsumer<String, String> created = new KafkaConsumer<>(props);
    try {
      List<TopicPartition> partitions = partitions(created);
      created.assign(partitions);
      seekToStoredOffsets(created);
      assigned = true;
      LOG.infof("read-model consumer assigned %d partitions", partitions.size());
      return created;
    } catch (RuntimeException e) {
      created.close(Duration.ofSeconds(2));
      throw e;
    }
  }

  private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : Topics.ALL) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos == null || infos.isEmpty()) {
        throw new IllegalStateException("topic " + topic + " has no partitions yet");
      }
      infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    return partitions;
  }

  /** Seeks every assigned partition to the offset stored with the facts (else the beginning). */
  private void seekToStoredOffsets(KafkaConsumer<String, String> target) {
    Map<TopicPartition, Long> stored = writer.storedOffsets();
    List<TopicPartition> fromStart = new ArrayList<>();
    for (TopicPartition partition : target.assignment()) {
      Long offset = stored.get(partition);
      if (offset == null) {
        fromStart.add(partition);
      } else {
        target.seek(partition, offset);
      }
    }
    target.seekToBeginning(fromStart);
    if (rebuilding) {
      rebuildTarget = target.endOffsets(target.assignment(), Duration.ofSeconds(10));
    }
    nextLagRefresh = Instant.EPOCH;
  }

  private void pollAndApply(KafkaConsumer<String, String> current) {
    ConsumerRecords<String, String> records = current.poll(config.consumer().pollTimeout());
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      process(record);
      done.put(
          new TopicPartition(record.topic(), record.partition()),
          new OffsetAndMetadata(record.offset() + 1));
    }
    if (!done.isEmpty()) {
      current.commitAsync(
          done,
          (offsets, error) -> {
            if (error != null) {
              LOG.debugf("offset commit to Kafka failed (the database holds them): %s", error);
            }
          });
    }
    if (records.isEmpty() || Instant.now().isAfter(nextLagRefresh)) {
      refreshLag(current, records.isEmpty());
    }
  }

  private void process(ConsumerRecord<String, String> record) {
    int attempts = 0;
    long backoffMs = 100;
    while (true) {
      if (!running) {
        throw new StopRequested();
      }
      try {
        ParsedRecord parsed;
        try {
          parsed = ParsedRecord.of(record);
        } catch (MalformedEventException e) {
          writer.deadLetter(record, e.getMessage());
          LOG.warnf("dead-lettered %s: %s", position(record), e.getMessage());
          metrics.recorded(record.topic(), ReadModelWriter.Outcome.DEAD_LETTERED);
          return;
        }
        ReadModelWriter.Outcome outcome = writer.apply(parsed);
        if (outcome == ReadModelWriter.Outcome.SKIPPED) {
          LOG.infof(
              "skipped %s: unknown event type %s version %d",
              position(record), parsed.envelope().type(), parsed.envelope().schemaVersion());
        }
        metrics.recorded(record.topic(), outcome);
        return;
      } catch (RuntimeException e) {
        metrics.failedAttempt(record.topic());
        if (!writer.databaseAnswers()) {
          LOG.warnf("database unreachable at %s, retrying in %d ms", position(record), backoffMs);
          sleepQuietly(backoffMs);
          backoffMs = Math.min(backoffMs * 2, config.consumer().maxBackoff().toMillis());
          continue;
        }
        attempts++;
        if (attempts >= config.consumer().maxAttempts()) {
          deadLetterAfterFailures(record, e);
          return;
        }
      }
    }
  }

  private void deadLetterAfterFailures(ConsumerRecord<String, String> record, RuntimeException e) {
    LOG.errorf(e, "cannot apply %s; dead-lettered", position(record));
    writer.deadLetter(record, e.toString());
    metrics.recorded(record.topic(), ReadModelWriter.Outcome.DEAD_LETTERED);
  }

  private void refreshLag(KafkaConsumer<String, String> current, boolean idle) {
    Set<TopicPartition> assignment = new HashSet<>(current.assignment());
    Map<TopicPartition, Long> ends = current.endOffsets(assignment, Duration.ofSeconds(5));
    Map<String, Long> lagByTopic = new HashMap<>();
    Topics.ALL.forEach(t -> lagByTopic.put(t, 0L));
    boolean caughtUpWithRebuild = true;
    for (TopicPartition partition : assignment) {
      long position = current.position(partition, Duration.ofSeconds(5));
      long end = ends.getOrDefault(partition, position);
      lagByTopic.merge(partition.topic(), Math.max(0, end - position), Long::sum);
      Map<TopicPartition, Long> target = rebuildTarget;
      if (target != null && position < target.getOrDefault(partition, 0L)) {
        caughtUpWithRebuild = false;
      }
    }
    lagByTopic.forEach(metrics::lag);
    if (rebuilding && rebuildTarget != null && caughtUpWithRebuild) {
      rebuilding = false;
      rebuildFinishedAt = Instant.now();
      LOG.info("read model rebuilt: replay caught up with the topics");
    }
    Duration pause = idle ? Duration.ofMillis(500) : config.consumer().lagRefresh();
    nextLagRefresh = Instant.now().plus(pause);
  }

  private static String position(ConsumerRecord<String, String> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }

  private void closeConsumer() {
    assigned = false;
    KafkaConsumer<String, String> current = consumer;
    consumer = null;
    if (current != null) {
      try {
        current.close(Duration.ofSeconds(2));
      } catch (RuntimeException e) {
        LOG.debugf("closing the consumer: %s", e.toString());
      }
    }
  }

  /** Waits {@code millis} unless {@link #stop()} is called first. */
  private void sleepQuietly(long millis) {
    long until = System.currentTimeMillis() + millis;
    synchronized (sleeper) {
      while (running && System.currentTimeMillis() < until) {
        try {
          sleeper.wait(Math.max(1, until - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Unwinds the worker when {@link #stop()} was called mid-record. */
  private static final class StopRequested extends RuntimeException {
    StopRequested() {
      super(null, null, false, false);
    }
  }
}
