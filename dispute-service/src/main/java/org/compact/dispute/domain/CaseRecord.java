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

/**
 * An entry of the case file. Its readers are fixed when it is written ({@link Visibility}) and
 * every query filters on them, so a confidential entry is never loaded for a reader who may not see
 * it.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "dispute_id", nullable = false)
  public UUID disputeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RecordKind kind;

  @Column(nullable = false)
  public String stage;

  @Column(nullable = false)
  public String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_role", nullable = false)
  public Actor authorRole;

  @Column(name = "author_subject", nullable = false)
  public String authorSubject;

  @Column(name = "author_org")
  public UUID authorOrganisation;

  @Column(name = "hearing_id")
  public UUID hearingId;

  @Column(name = "recorded_on", nullable = false)
  public LocalDate recordedOn;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "visible_to_parties", nullable = false)
  public boolean visibleToParties;

  @Column(name = "visible_to_admin", nullable = false)
  public boolean visibleToAdmin;

  @Column(name = "visible_to_panel", nullable = false)
  public boolean visibleToPanel;
}
