package org.compact.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One HTTP attempt of a delivery, for the delivery log. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "delivery_id", nullable = false)
  public UUID deliveryId;

  @Column(nullable = false)
  public int number;

  @Column(name = "attempted_at", nullable = false)
  public Instant attemptedAt;

  @Column(nullable = false)
  public boolean succeeded;

  @Column(name = "status_code")
  public Integer statusCode;

  @Column(name = "latency_ms", nullable = false)
  public long latencyMs;

  public String error;
}
