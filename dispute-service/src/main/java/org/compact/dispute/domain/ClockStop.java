package org.compact.dispute.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One "stop the clock" of a case: why, by whom, and when it resumed (null while stopped). */
@Entity
@Table(name = "dispute_clock_stop")
public class ClockStop extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "dispute_id", nullable = false)
  public UUID disputeId;

  @Column(name = "stopped_on", nullable = false)
  public LocalDate stoppedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "stopped_by_role", nullable = false)
  public Actor stoppedByRole;

  @Column(name = "stopped_by", nullable = false)
  public String stoppedBy;

  @Column(nullable = false)
  public String reason;

  @Column(name = "resumed_on")
  public LocalDate resumedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "resumed_by_role")
  public Actor resumedByRole;

  @Column(name = "resumed_by")
  public String resumedBy;

  @Column(name = "resume_note")
  public String resumeNote;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public boolean isRunning() {
    return resumedOn == null;
  }

  public ClockPeriod period() {
    return new ClockPeriod(stoppedOn, resumedOn);
  }
}
