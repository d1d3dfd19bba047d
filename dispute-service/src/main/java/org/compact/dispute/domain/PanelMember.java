package org.compact.dispute.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A roster member appointed to one case's panel; {@code subject} is what queries match on. */
@Entity
@Table(name = "panel_member")
public class PanelMember extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "dispute_id", nullable = false)
  public UUID disputeId;

  @Column(name = "roster_member_id", nullable = false)
  public UUID rosterMemberId;

  @Column(nullable = false)
  public String subject;

  @Column(name = "organisation_id", nullable = false)
  public UUID organisationId;

  @Column(nullable = false)
  public String sector;

  @Column(name = "appointed_on", nullable = false)
  public LocalDate appointedOn;
}
