package org.compact.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event envelope as delivered: the same bytes in every attempt of every delivery. */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent extends PanacheEntityBase {
  @Id
  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "event_type", nullable = false)
  public String eventType;

  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  @Column(nullable = false)
  public String body;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;
}
