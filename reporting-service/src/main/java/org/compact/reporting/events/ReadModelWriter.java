package org.compact.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.platform.consumer.ConsumedEvent;
import org.compact.platform.time.TimeSource;
import org.compact.reporting.domain.FactDates;

/**
 * The read model's writes. Each fact is inserted in the stream's transaction, together with the
 * processed-event mark and the partition's next offset, so a crash or redelivery never applies
 * twice and never skips.
 */
@ApplicationScoped
public class ReadModelWriter {
  public static final String CONSUMER = "reporting-read-model";

  @Inject EntityManager em;
  @Inject TimeSource time;

  /** One known, new event as a fact (inside the stream's transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void insertFact(ConsumedEvent event) {
    EventEnvelope envelope = event.envelope();
    EventType type = event.type().orElseThrow();
    EventPayload payload = event.requirePayload();
    em.createNativeQuery(
            "insert into report_fact (event_id, topic, event_type, schema_version, aggregate_type,"
                + " aggregate_id, aggregate_version, occurred_at, business_date, payload,"
                + " applied_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as timestamptz),"
                + " cast(?9 as date), ?10, ?11)")
        .setParameter(1, envelope.eventId())
        .setParameter(2, event.topic())
        .setParameter(3, type.type())
        .setParameter(4, envelope.schemaVersion())
        .setParameter(5, type.aggregateType())
        .setParameter(6, envelope.aggregateId())
        .setParameter(7, envelope.aggregateVersion())
        .setParameter(8, envelope.occurredAt())
        .setParameter(9, FactDates.businessDate(payload, envelope.occurredAt()))
        .setParameter(10, EventCodec.mapper().valueToTree(payload).toString())
        .setParameter(11, time.now())
        .executeUpdate();
  }

  /**
   * Drops every fact (inside the stream's transaction that also forgets its positions, processed
   * marks and dead letters).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void dropFacts() {
    em.createNativeQuery("truncate report_fact").executeUpdate();
  }
}
