package org.compact.platform.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
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
    Set<UUID> fresh =
        session.doReturningWork(
            connection -> {
              insertDeadLetters(connection, consumer, malformed);
              return markProcessed(connection, consumer, firstOfEachId.values());
            });
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

  /** Marks the events processed; returns the ids that were not processed before. */
  private static Set<UUID> markProcessed(
      Connection connection, String consumer, Collection<ConsumedEvent> events)
      throws SQLException {
    Set<UUID> inserted = new HashSet<>();
    if (events.isEmpty()) {
      return inserted;
    }
    UUID[] ids = new UUID[events.size()];
    String[] types = new String[events.size()];
    int i = 0;
    for (ConsumedEvent event : events) {
      ids[i] = event.envelope().eventId();
      types[i] = event.envelope().type();
      i++;
    }
    Array idArray = connection.createArrayOf("uuid", ids);
    Array typeArray = connection.createArrayOf("text", types);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into processed_event (consumer, event_id, event_type, processed_at)"
                + " select ?, e.id, e.type, now() from unnest(?, ?) as e(id, type)"
                + " on conflict do nothing returning event_id")) {
      insert.setString(1, consumer);
      insert.setArray(2, idArray);
      insert.setArray(3, typeArray);
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          inserted.add(rows.getObject(1, UUID.class));
        }
      }
    } finally {
      idArray.free();
      typeArray.free();
    }
    return inserted;
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
        insert.setString(1, consumer);
        insert.setString(2, record.topic());
        insert.setInt(3, record.partition());
        insert.setLong(4, record.offset());
        insert.setString(5, storable(record.key()));
        insert.setString(6, storable(record.value()));
        insert.setString(
            7, storable(polled.malformed() == null ? "unknown error" : polled.malformed()));
        insert.setObject(8, now);
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
    em.createNativeQuery(
            "insert into consumer_dead_letter (consumer, topic, kafka_partition, kafka_offset,"
                + " record_key, record_value, error, received_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
        .setParameter(1, consumer)
        .setParameter(2, topic)
        .setParameter(3, partition)
        .setParameter(4, offset)
        .setParameter(5, storable(key))
        .setParameter(6, storable(value))
        .setParameter(7, storable(error == null ? "unknown error" : error))
        .setParameter(8, time.now())
        .executeUpdate();
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
    em.createNativeQuery(
            "insert into consumer_position (consumer, topic, partition, next_offset)"
                + " values (?1, ?2, ?3, ?4) on conflict (consumer, topic, partition)"
                + " do update set next_offset = excluded.next_offset")
        .setParameter(1, consumer)
        .setParameter(2, topic)
        .setParameter(3, partition)
        .setParameter(4, nextOffset)
        .executeUpdate();
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
