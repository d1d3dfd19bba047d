package org.compact.platform.consumer;

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
import org.compact.platform.config.ConsumerSettings;
import org.compact.platform.time.TimeSource;
import org.jboss.logging.Logger;

/**
 * Applies some topics to a service's database on one platform thread with a plain {@link
 * KafkaConsumer}. Partitions are assigned, not subscribed: every instance needs every partition of
 * its topics, and a replay must seek to the beginning without a rebalance in between. The position
 * is the offset stored with the consumer's writes ({@link ConsumerStore}); the offsets committed to
 * Kafka under the group id afterwards only serve lag tooling.
 *
 * <p>The records of one poll are applied in one transaction ({@link ConsumerStore#applyBatch});
 * when that fails they are applied one transaction each, so that a bad record is isolated. Each
 * event is applied at most once (processed-event mark in the same transaction). A record that is
 * not an event is dead-lettered; an unknown type or newer version is skipped; while the database is
 * unreachable the same record is retried with back-off, so nothing is skipped, the partition keeps
 * its order and nothing crashes. A record that keeps failing while the database answers is
 * dead-lettered after {@link ConsumerSettings#maxAttempts()}.
 *
 * <p>Created through {@link EventStreams#open}.
 */
public final class EventStream {
  private static final Logger LOG = Logger.getLogger(EventStream.class);

  private final String name;
  private final List<String> topics;
  private final EventHandler handler;
  private final ConsumerStore store;
  private final ConsumerSettings settings;
  private final StreamMetrics metrics;
  private final Properties kafka;
  private final TimeSource time;

  /** Held while a batch is polled and applied; a replay takes it to drop between batches. */
  private final ReentrantLock batchLock = new ReentrantLock();

  /** Back-off waits on it so that {@link #stop()} ends them at once (no thread interrupts). */
  private final Object sleeper = new Object();

  private volatile boolean running;
  private volatile boolean assigned;
  private volatile boolean replaying;
  private volatile boolean reseekRequested;
  private volatile Instant replayStartedAt;
  private volatile Instant replayFinishedAt;
  private volatile Map<TopicPartition, Long> replayTarget;
  private volatile KafkaConsumer<String, String> consumer;
  private volatile Thread worker;
  private long nextLagRefreshNanos;
  private boolean lagRefreshDue = true;

  EventStream(
      String name,
      List<String> topics,
      EventHandler handler,
      ConsumerStore store,
      ConsumerSettings settings,
      StreamMetrics metrics,
      Properties kafka,
      TimeSource time) {
    this.name = name;
    this.topics = List.copyOf(topics);
    this.handler = handler;
    this.store = store;
    this.settings = settings;
    this.metrics = metrics;
    this.kafka = kafka;
    this.time = time;
  }

  /** The consumer name: the key of its processed marks, positions and dead letters. */
  public String name() {
    return name;
  }

  /** Starts the consumer thread (no-op when it runs). */
  public synchronized void start() {
    if (worker != null && worker.isAlive()) {
      return;
    }
    running = true;
    worker = Thread.ofPlatform().name("consumer-" + name).daemon().start(this::loop);
  }

  /**
   * Stops the thread after the poll (or, when a poll is applied record by record, the record) in
   * hand; what it applied is committed, nothing is lost.
   */
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
   * Forgets what this consumer did and drops the service's derived state ({@code dropOwnState}, in
   * the same transaction), then replays every topic from the beginning on the consumer thread. The
   * drop happens between two batches (or at once when the stream is stopped). Returns false when no
   * batch boundary came within 30 s (e.g. the database is down).
   */
  public boolean replayFromStart(Runnable dropOwnState) {
    try {
      if (!batchLock.tryLock(30, TimeUnit.SECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      store.forget(name, dropOwnState);
      replaying = true;
      replayStartedAt = time.now();
      replayFinishedAt = null;
      replayTarget = null;
      reseekRequested = true;
      LOG.infof("%s: state dropped; replaying %s from the beginning", name, topics);
      return true;
    } finally {
      batchLock.unlock();
    }
  }

  public StreamState state() {
    Thread current = worker;
    return new StreamState(
        name,
        running && current != null && current.isAlive(),
        assigned,
        replaying,
        replayStartedAt,
        replayFinishedAt,
        metrics.lag(),
        metrics.count(ConsumeOutcome.APPLIED),
        metrics.count(ConsumeOutcome.DUPLICATE),
        metrics.count(ConsumeOutcome.SKIPPED),
        metrics.count(ConsumeOutcome.DEAD_LETTERED),
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
            seekToStoredPositions(consumer);
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
        LOG.warnf("%s: consumer error, reconnecting in %d ms: %s", name, backoffMs, e.toString());
        closeConsumer();
        sleepQuietly(backoffMs);
        backoffMs = Math.min(backoffMs * 2, settings.maxBackoff().toMillis());
      }
    }
    closeConsumer();
  }

  private KafkaConsumer<String, String> connect() {
    Properties props = new Properties();
    props.putAll(kafka);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    KafkaConsumer<String, String> created = new KafkaConsumer<>(props);
    try {
      List<TopicPartition> partitions = partitions(created);
      created.assign(partitions);
      seekToStoredPositions(created);
      assigned = true;
      LOG.infof("%s: assigned %d partitions of %s", name, partitions.size(), topics);
      return created;
    } catch (RuntimeException e) {
      created.close(Duration.ofSeconds(2));
      throw e;
    }
  }

  private List<TopicPartition> partitions(KafkaConsumer<String, String> target) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      List<PartitionInfo> infos = target.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos == null || infos.isEmpty()) {
        throw new IllegalStateException("topic " + topic + " has no partitions yet");
      }
      infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    return partitions;
  }

  /** Seeks every assigned partition to its stored position (else the beginning). */
  private void seekToStoredPositions(KafkaConsumer<String, String> target) {
    Map<TopicPartition, Long> stored = store.positions(name);
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
    if (replaying) {
      replayTarget = target.endOffsets(target.assignment(), Duration.ofSeconds(10));
    }
    lagRefreshDue = true;
  }

  private void pollAndApply(KafkaConsumer<String, String> current) {
    ConsumerRecords<String, String> records = current.poll(settings.pollTimeout());
    if (!records.isEmpty()) {
      if (records.count() == 1 || !applyBatch(records)) {
        for (ConsumerRecord<String, String> record : records) {
          process(record);
        }
      }
      Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
      for (ConsumerRecord<String, String> record : records) {
        done.put(
            new TopicPartition(record.topic(), record.partition()),
            new OffsetAndMetadata(record.offset() + 1));
      }
      current.commitAsync(
          done,
          (offsets, error) -> {
            if (error != null) {
              LOG.debugf(
                  "%s: offset commit to Kafka failed (the database holds them): %s", name, error);
            }
          });
    }
    if (records.isEmpty() || lagRefreshDue || System.nanoTime() - nextLagRefreshNanos >= 0) {
      refreshLag(current, records.isEmpty());
    }
  }

  /**
   * Applies the whole poll in one transaction. Returns false when that fails (a record the handler
   * cannot apply, the database unreachable, ...): nothing of it was committed, and the caller then
   * applies the records one by one, which isolates and dead-letters a bad record and retries with
   * back-off while the database is down. Metrics are counted only once the batch has committed.
   */
  private boolean applyBatch(ConsumerRecords<String, String> records) {
    if (!running) {
      throw new StopRequested();
    }
    List<PolledRecord> polled = new ArrayList<>(records.count());
    for (ConsumerRecord<String, String> record : records) {
      polled.add(PolledRecord.of(record));
    }
    List<ConsumeOutcome> outcomes;
    try {
      outcomes = store.applyBatch(name, polled, handler);
    } catch (RuntimeException e) {
      LOG.infof(
          "%s: a poll of %d records could not be applied in one transaction, applying them one"
              + " by one: %s",
          name, polled.size(), abbreviated(e.toString()));
      return false;
    }
    for (int i = 0; i < polled.size(); i++) {
      PolledRecord one = polled.get(i);
      ConsumeOutcome outcome = outcomes.get(i);
      if (outcome == ConsumeOutcome.DEAD_LETTERED) {
        LOG.warnf("%s: dead-lettered %s: %s", name, position(one.record()), one.malformed());
      } else if (outcome == ConsumeOutcome.SKIPPED) {
        logSkipped(one.record(), one.event());
      }
      metrics.recorded(one.record().topic(), outcome);
    }
    return true;
  }

  private void process(ConsumerRecord<String, String> record) {
    int attempts = 0;
    long backoffMs = 100;
    while (true) {
      if (!running) {
        throw new StopRequested();
      }
      try {
        ConsumedEvent event;
        try {
          event = ConsumedEvent.of(record);
        } catch (MalformedEventException e) {
          deadLetter(record, e.getMessage());
          LOG.warnf("%s: dead-lettered %s: %s", name, position(record), e.getMessage());
          return;
        }
        ConsumeOutcome outcome = store.apply(name, event, handler);
        if (outcome == ConsumeOutcome.SKIPPED) {
          logSkipped(record, event);
        }
        metrics.recorded(record.topic(), outcome);
        return;
      } catch (RuntimeException e) {
        metrics.failedAttempt(record.topic());
        if (!store.databaseAnswers()) {
          LOG.warnf(
              "%s: database unreachable at %s, retrying in %d ms",
              name, position(record), backoffMs);
          sleepQuietly(backoffMs);
          backoffMs = Math.min(backoffMs * 2, settings.maxBackoff().toMillis());
          continue;
        }
        attempts++;
        if (attempts >= settings.maxAttempts()) {
          LOG.errorf(e, "%s: cannot apply %s; dead-lettered", name, position(record));
          deadLetter(record, e.toString());
          return;
        }
      }
    }
  }

  private void logSkipped(ConsumerRecord<String, String> record, ConsumedEvent event) {
    LOG.infof(
        "%s: skipped %s: unknown event type %s version %d",
        name, position(record), event.envelope().type(), event.envelope().schemaVersion());
  }

  private void deadLetter(ConsumerRecord<String, String> record, String error) {
    store.deadLetter(
        name,
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        record.value(),
        error);
    metrics.recorded(record.topic(), ConsumeOutcome.DEAD_LETTERED);
  }

  private void refreshLag(KafkaConsumer<String, String> current, boolean idle) {
    Set<TopicPartition> assignment = new HashSet<>(current.assignment());
    Map<TopicPartition, Long> ends = current.endOffsets(assignment, Duration.ofSeconds(5));
    Map<String, Long> lagByTopic = new HashMap<>();
    topics.forEach(t -> lagByTopic.put(t, 0L));
    boolean caughtUpWithReplay = true;
    Map<TopicPartition, Long> target = replayTarget;
    for (TopicPartition partition : assignment) {
      long position = current.position(partition, Duration.ofSeconds(5));
      long end = ends.getOrDefault(partition, position);
      lagByTopic.merge(partition.topic(), Math.max(0, end - position), Long::sum);
      if (target != null && position < target.getOrDefault(partition, 0L)) {
        caughtUpWithReplay = false;
      }
    }
    lagByTopic.forEach(metrics::lag);
    if (replaying && target != null && caughtUpWithReplay) {
      replaying = false;
      replayFinishedAt = time.now();
      LOG.infof("%s: replay caught up with %s", name, topics);
    }
    Duration pause = idle ? Duration.ofMillis(500) : settings.lagRefresh();
    nextLagRefreshNanos = System.nanoTime() + pause.toNanos();
    lagRefreshDue = false;
  }

  /** A driver's batch error quotes the statement with its values; the log needs the gist. */
  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
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
        LOG.debugf("%s: closing the consumer: %s", name, e.toString());
      }
    }
  }

  /** Waits {@code millis} unless {@link #stop()} is called first. */
  private void sleepQuietly(long millis) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    synchronized (sleeper) {
      while (running && until - System.nanoTime() > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(sleeper, Math.max(1, until - System.nanoTime()));
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
