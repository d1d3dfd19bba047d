package org.compact.dispute.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A panel sitting with both parties. */
@Entity
@Table(name = "hearing")
public class Hearing extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "dispute_id", nullable = false)
  public UUID disputeId;

  @Column(nullable = false)
  public int sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public HearingKind kind;

  @Column(name = "hearing_on", nullable = false)
  public LocalDate hearingOn;

  @Column(name = "scheduled_on", nullable = false)
  public LocalDate scheduledOn;

  @Column(name = "late_reason")
  public String lateReason;

  @Column(name = "held_on")
  public LocalDate heldOn;

  /** Confidential: the panel and the parties see them; events and compact-admin never do. */
  @ElementCollection
  @CollectionTable(name = "hearing_representative", joinColumns = @JoinColumn(name = "hearing_id"))
  @OrderColumn(name = "position")
  public List<NominatedRepresentative> representatives = new ArrayList<>();

  public boolean isHeld() {
    return heldOn != null;
  }
}
