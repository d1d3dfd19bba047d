package org.compact.dispute.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A roster member's declared conflict of interest in one case (recorded by compact-admin). */
@Entity
@Table(name = "declared_conflict")
public class DeclaredConflict extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "dispute_id", nullable = false)
  public UUID disputeId;

  @Column(name = "roster_member_id", nullable = false)
  public UUID rosterMemberId;

  @Column(nullable = false)
  public String reason;

  @Column(name = "declared_on", nullable = false)
  public LocalDate declaredOn;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
