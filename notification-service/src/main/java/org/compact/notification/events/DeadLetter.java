package org.compact.notification.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consumed message that could not be applied; kept for inspection. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String consumer;

  @Column(nullable = false)
  public String topic;

  @Column(name = "kafka_partition")
  public Integer partition;

  @Column(name = "kafka_offset")
  public Long offset;

  @Column(name = "message_key")
  public String key;

  public String payload;

  @Column(nullable = false)
  public String error;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;
}
