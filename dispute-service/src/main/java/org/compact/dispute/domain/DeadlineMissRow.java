package org.compact.dispute.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A deadline the scheduled check found missed (and emitted an event for, exactly once). */
@Entity
@Table(name = "deadline_miss")
@IdClass(DeadlineMissRow.Key.class)
public class DeadlineMissRow extends PanacheEntityBase {
  public record Key(UUID disputeId, String kind) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "dispute_id")
  public UUID disputeId;

  @Id public String kind;

  @Column(nullable = false)
  public LocalDate deadline;

  @Column(name = "detected_on", nullable = false)
  public LocalDate detectedOn;
}
