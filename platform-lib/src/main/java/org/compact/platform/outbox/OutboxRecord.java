package org.compact.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.compact.contracts.EventEnvelope;

/** One event waiting for (or done with) publication. Ordered by {@code id}. */
@Entity
@Table(name = "outbox_event")
public class OutboxRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "event_id", nullable = false, unique = true)
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
