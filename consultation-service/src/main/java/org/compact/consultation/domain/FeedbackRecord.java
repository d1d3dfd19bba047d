package org.compact.consultation.domain;

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
 * "Give feedback to those who have been consulted": who was told, how, when and what. Append-only;
 * counts of people reached, never their names.
 */
@Entity
@Table(name = "consultation_feedback")
public class FeedbackRecord extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "consultation_id", nullable = false)
  public UUID consultationId;

  @Column(name = "given_on", nullable = false)
  public LocalDate givenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Audience audience;

  /** How they were told: newsletter, letter to panel members, meeting, website, … */
  @Column(nullable = false)
  public String channel;

  @Column(nullable = false)
  public String summary;

  /** How many people or organisations were reached, when known. */
  public Integer reached;

  @Column(name = "recorded_by", nullable = false)
  public String recordedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
