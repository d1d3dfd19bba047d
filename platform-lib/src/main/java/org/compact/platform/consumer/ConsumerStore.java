package org.compact.platform.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.compact.platform.time.TimeSource;
import org.hibernate.Session;

/**
 * The database side of an event stream. A poll is one transaction ({@link #applyBatch}): the
 * processed-event marks, the handler's writes, the dead letters of records that are not events and
 * one next offset per partition commit together. When that fails the stream applies the poll's
 * records one transaction each ({@link #apply}, {@link #deadLetter}) to isolate the bad one.
 */
@ApplicationScoped
public class ConsumerStore {
  private static final String DEAD_LETTER_INSERT =
      "insert into consumer_dead_letter (consumer, topic, kafka_partition, kafka_offset,"
          + " record_key, record_value, error, received_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";

  private static final String POSITION_UPSERT =
      "insert into consumer_position (consumer, topic, partition, next_offset)"
          + " values (?, ?, ?, ?) on conflict (consumer, topic, partition)"
          + " do update set next_offset = excluded.next_offset";

  @Inject EntityManager em;
  @Inject IdempotentConsumer idempotent;
  @Inject TimeSource time;

  @Transactional
  public ConsumeOutcome apply(String consumer, ConsumedEvent event, EventHandler handler) {
    ConsumeOutcome outcome;
    if (!idempotent.markProcessed(consumer, event.envelope())) {
      outcome = ConsumeOutcome.DUPLICATE;
    } else if (!event.known()) {
      outcome = ConsumeOutcome.SKIPPED;
    } else {
      handler.apply(event);
      outcome = ConsumeOutcome.APPLIED;
    }
    storePosition(consumer, event.topic(), event.partition(), event.offset() + 1);
    return outcome;
  }

  /**
   * Applies every record of one poll in one transaction and returns each record's outcome (in
   * order). An event id met twice in the poll, or processed before, is a duplicate; a record that
   * is not an event is dead-lettered; each partition's position moves past its last record. The
   * handler gets the new known events at once when it is a {@link BatchEventHandler}.
   */
  @Transactional
  public List<ConsumeOutcome> applyBatch(
      String consumer, List<PolledRecord> records, EventHandler handler) {
    Map<UUID, ConsumedEvent> firstOfEachId = new LinkedHashMap<>();
    List<PolledRecord> malformed = new ArrayList<>();
    for (PolledRecord polled : records) {
      if (polled.isEvent()) {
        firstOfEachId.putIfAbsent(polled.event().envelope().eventId(), polled.event());
      } else {
        malformed.add(polled);
      }
    }
    Session session = em.unwrap(Session.class);
    session.doWork(connection -> insertDeadLetters(connection, consumer, malformed));
    Set<UUID> fresh =
        idempotent.markAllProcessed(
            consumer, firstOfEachId.values().stream().map(ConsumedEvent::envelope).toList());
    List<ConsumeOutcome> outcomes = new ArrayList<>(records.size());
    List<ConsumedEvent> toApply = new ArrayList<>();
    Set<UUID> taken = new HashSet<>();
    for (PolledRecord polled : records) {
      if (!polled.isEvent()) {
        outcomes.add(ConsumeOutcome.DEAD_LETTERED);
        continue;
      }
      UUID eventId = polled.event().envelope().eventId();
      if (!fresh.contains(eventId) || !taken.add(eventId)) {
        outcomes.add(ConsumeOutcome.DUPLICATE);
      } else if (!polled.event().known()) {
        outcomes.add(ConsumeOutcome.SKIPPED);
      } else {
        toApply.add(polled.event());
        outcomes.add(ConsumeOutcome.APPLIED);
      }
    }
    if (!toApply.isEmpty()) {
      if (handler instanceof BatchEventHandler batch) {
        batch.applyAll(toApply);
      } else {
        toApply.forEach(handler::apply);
      }
    }
    session.doWork(connection -> storePositions(connection, consumer, records));
    return outcomes;
  }

  private void insertDeadLetters(
      Connection connection, String consumer, List<PolledRecord> malformed) throws SQLException {
    if (malformed.isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(time.now(), ZoneOffset.UTC);
    try (PreparedStatement insert = connection.prepareStatement(DEAD_LETTER_INSERT)) {
      for (PolledRecord polled : malformed) {
        ConsumerRecord<String, String> record = polled.record();
        bindDeadLetter(
            insert,
            consumer,
            record.topic(),
            record.partition(),
            record.offset(),
            record.key(),
            record.value(),
            polled.malformed(),
            now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** One upsert per partition: the offset after its last record in the poll. */
  private static void storePositions(
      Connection connection, String consumer, List<PolledRecord> records) throws SQLException {
    Map<TopicPartition, Long> next = new LinkedHashMap<>();
    for (PolledRecord polled : records) {
      ConsumerRecord<String, String> record = polled.record();
      next.merge(
          new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
    }
    upsertPositions(connection, consumer, next);
  }

  private static void upsertPositions(
      Connection connection, String consumer, Map<TopicPartition, Long> next) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(POSITION_UPSERT)) {
      for (Map.Entry<TopicPartition, Long> position : next.entrySet()) {
        upsert.setString(1, consumer);
        upsert.setString(2, position.getKey().topic());
        upsert.setInt(3, position.getKey().partition());
        upsert.setLong(4, position.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** Keeps a record that cannot be applied and moves the position past it. */
  @Transactional
  public void deadLetter(
      String consumer,
      String topic,
      int partition,
      long offset,
      String key,
      String value,
      String error) {
    OffsetDateTime now = OffsetDateTime.ofInstant(time.now(), ZoneOffset.UTC);
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(DEAD_LETTER_INSERT)) {
                bindDeadLetter(insert, consumer, topic, partition, offset, key, value, error, now);
                insert.executeUpdate();
              }
            });
    storePosition(consumer, topic, partition, offset + 1);
  }

  /**
   * PostgreSQL text cannot hold a zero character: a record (or an error message quoting it) that
   * contains one would otherwise never be dead-lettered and would block its partition.
   */
  static String storable(String text) {
    return text == null ? null : text.replace((char) 0, '\uFFFD');
  }

  private void storePosition(String consumer, String topic, int partition, long nextOffset) {
    em.unwrap(Session.class)
        .doWork(
            connection ->
                upsertPositions(
                    connection,
                    consumer,
                    Map.of(new TopicPartition(topic, partition), nextOffset)));
  }

  private static void bindDeadLetter(
      PreparedStatement insert,
      String consumer,
      String topic,
      int partition,
      long offset,
      String key,
      String value,
      String error,
      OffsetDateTime receivedAt)
      throws SQLException {
    insert.setString(1, consumer);
    insert.setString(2, topic);
    insert.setInt(3, partition);
    insert.setLong(4, offset);
    insert.setString(5, storable(key));
    insert.setString(6, storable(value));
    insert.setString(7, storable(error == null ? "unknown error" : error));
    insert.setObject(8, receivedAt);
  }

  /** The stored next offset per partition (a partition without one starts from the beginning). */
  @Transactional
  @SuppressWarnings("unchecked")
  public Map<TopicPartition, Long> positions(String consumer) {
    Map<TopicPartition, Long> positions = new HashMap<>();
    List<Object[]> rows =
        em.createNativeQuery(
                "select topic, partition, next_offset from consumer_position where consumer = ?1")
            .setParameter(1, consumer)
            .getResultList();
    for (Object[] row : rows) {
      positions.put(
          new TopicPartition((String) row[0], ((Number) row[1]).intValue()),
          ((Number) row[2]).longValue());
    }
    return positions;
  }

  /**
   * Forgets everything the consumer has done (positions, processed marks, dead letters) together
   * with {@code dropOwnState} (the service's derived data), in one transaction: a replay from the
   * beginning then rebuilds it.
   */
  @Transactional
  public void forget(String consumer, Runnable dropOwnState) {
    dropOwnState.run();
    for (String table : List.of("consumer_position", "consumer_dead_letter", "processed_event")) {
      em.createNativeQuery("delete from " + table + " where consumer = ?1")
          .setParameter(1, consumer)
          .executeUpdate();
    }
  }

  /** True when the database answers a trivial query (tells an outage from a bad record). */
  public boolean databaseAnswers() {
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> em.createNativeQuery("select 1").getSingleResult() != null);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
