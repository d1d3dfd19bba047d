package org.compact.platform.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.compact.platform.time.TimeSource;

/**
 * The database side of an event stream. Each record is one transaction: the processed-event mark,
 * the handler's writes and the partition's next offset commit together.
 */
@ApplicationScoped
public class ConsumerStore {
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
        .setParameter(5, key)
        .setParameter(6, value)
        .setParameter(7, error == null ? "unknown error" : error)
        .setParameter(8, time.now())
        .executeUpdate();
    storePosition(consumer, topic, partition, offset + 1);
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
