package org.compact.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.platform.consumer.IdempotentConsumer;
import org.compact.reporting.domain.FactDates;

/**
 * The read model's writes. Each record is one transaction: the processed-event mark, the fact and
 * the partition's next offset commit together, so a crash or redelivery never applies twice and
 * never skips.
 */
@ApplicationScoped
public class ReadModelWriter {
  public static final String CONSUMER = "reporting-read-model";

  /** What happened to one record. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    SKIPPED,
    DEAD_LETTERED
  }

  @Inject EntityManager em;
  @Inject IdempotentConsumer idempotent;

  @Transactional
  public Outcome apply(ParsedRecord record) {
    Outcome outcome;
    if (!record.known()) {
      outcome = Outcome.SKIPPED;
    } else if (!idempotent.markProcessed(CONSUMER, record.envelope())) {
      outcome = Outcome.DUPLICATE;
    } else {
      insertFact(record, record.type().orElseThrow(), record.payload().orElseThrow());
      outcome = Outcome.APPLIED;
    }
    storeOffset(record.topic(), record.partition(), record.offset() + 1);
    return outcome;
  }

  private void insertFact(ParsedRecord record, EventType type, EventPayload payload) {
    var envelope = record.envelope();
    em.createNativeQuery(
            "insert into report_fact (event_id, topic, event_type, schema_version, aggregate_type,"
                + " aggregate_id, aggregate_version, occurred_at, business_date, payload,"
                + " applied_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as timestamptz), cast(?9 as date),"
                + " ?10, ?11)")
        .setParameter(1, envelope.eventId())
        .setParameter(2, record.topic())
        .setParameter(3, type.type())
        .setParameter(4, envelope.schemaVersion())
        .setParameter(5, type.aggregateType())
        .setParameter(6, envelope.aggregateId())
        .setParameter(7, envelope.aggregateVersion())
        .setParameter(8, envelope.occurredAt())
        .setParameter(9, FactDates.businessDate(payload, envelope.occurredAt()))
        .setParameter(10, EventCodec.mapper().valueToTree(payload).toString())
        .setParameter(11, Instant.now())
        .executeUpdate();
  }

  @Transactional
  public void deadLetter(ConsumerRecord<String, String> record, String error) {
    em.createNativeQuery(
            "insert into dead_letter (topic, partition, kafka_offset, record_key, record_value,"
                + " error, received_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " on conflict do nothing")
        .setParameter(1, record.topic())
        .setParameter(2, record.partition())
        .setParameter(3, record.offset())
        .setParameter(4, record.key())
        .setParameter(5, record.value())
        .setParameter(6, error == null ? "unknown error" : error)
        .setParameter(7, Instant.now())
        .executeUpdate();
    storeOffset(record.topic(), record.partition(), record.offset() + 1);
  }

  private void storeOffset(String topic, int partition, long nextOffset) {
    em.createNativeQuery(
            "insert into consumer_offset (topic, partition, next_offset) values (?1, ?2, ?3)"
                + " on conflict (topic, partition) do update set next_offset = excluded.next_offset")
        .setParameter(1, topic)
        .setParameter(2, partition)
        .setParameter(3, nextOffset)
        .executeUpdate();
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public Map<TopicPartition, Long> storedOffsets() {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    List<Object[]> rows =
        em.createNativeQuery("select topic, partition, next_offset from consumer_offset")
            .getResultList();
    for (Object[] row : rows) {
      offsets.put(
          new TopicPartition((String) row[0], ((Number) row[1]).intValue()),
          ((Number) row[2]).longValue());
    }
    return offsets;
  }

  /** Drops the whole read model (facts, positions, processed marks, dead letters) at once. */
  @Transactional
  public void drop() {
    em.createNativeQuery("truncate report_fact, consumer_offset, dead_letter").executeUpdate();
    em.createNativeQuery("delete from processed_event where consumer = ?1")
        .setParameter(1, CONSUMER)
        .executeUpdate();
  }

  /** True when the database answers a trivial query (tells an outage from a bad record). */
  public boolean databaseAnswers() {
    try {
      return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
          .call(() -> em.createNativeQuery("select 1").getSingleResult() != null);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
