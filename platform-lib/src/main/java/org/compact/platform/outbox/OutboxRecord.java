package org.compact.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.compact.contracts.EventEnvelope;

/**
 * One event waiting for (or done with) publication. The relay publishes in the order of the table's
 * {@code id} column, an identity PostgreSQL assigns when the row is inserted. The entity leaves
 * that column out and is identified by its event id (assigned in Java) instead: with an identity
 * {@code @Id} Hibernate would insert every row on its own at persist time (to learn the id), which
 * rules out JDBC batching, while the rows of one transaction, inserted in persist order in batches,
 * still get increasing ids.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxRecord {
  @Id
  @Column(name = "event_id", nullable = false, updatable = false)
  public UUID eventId;

  @Column(nullable = false)
  public String topic;

  @Column(name = "aggregate_type", nullable = false)
  public String aggregateType;

  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  @Column(name = "event_type", nullable = false)
  public String eventType;

  @Column(nullable = false, columnDefinition = "text")
  public String envelope;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "published_at")
  public Instant publishedAt;

  static OutboxRecord of(String topic, EventEnvelope envelope, String json) {
    OutboxRecord record = new OutboxRecord();
    record.eventId = envelope.eventId();
    record.topic = topic;
    record.aggregateType = envelope.aggregateType();
    record.aggregateId = envelope.aggregateId();
    record.eventType = envelope.type();
    record.envelope = json;
    record.createdAt = Instant.now();
    return record;
  }
}
