package org.compact.reporting.domain;

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

/** An example of where the Compact worked well, submitted by a partner and curated by an admin. */
@Entity
@Table(name = "good_practice")
public class GoodPractice extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public long version;

  @Column(name = "organisation_id", nullable = false)
  public UUID organisationId;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String description;

  @Column(name = "occurred_on", nullable = false)
  public LocalDate occurredOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public GoodPracticeStatus status;

  @Column(name = "submitted_by", nullable = false)
  public String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt;

  @Column(name = "curated_by")
  public String curatedBy;

  @Column(name = "curated_at")
  public Instant curatedAt;

  @Column(name = "rejection_reason")
  public String rejectionReason;

  public static GoodPractice submitted(
      UUID organisationId,
      String title,
      String description,
      LocalDate occurredOn,
      String submittedBy,
      Instant now) {
    GoodPractice example = new GoodPractice();
    example.id = UUID.randomUUID();
    example.version = 1;
    example.organisationId = organisationId;
    example.title = title.trim();
    example.description = description.trim();
    example.occurredOn = occurredOn;
    example.status = GoodPracticeStatus.SUBMITTED;
    example.submittedBy = submittedBy;
    example.submittedAt = now;
    return example;
  }

  /** Only a submitted example is curated; returns false when it already was. */
  public boolean curate(GoodPracticeStatus decision, String reason, String by, Instant now) {
    if (status != GoodPracticeStatus.SUBMITTED) {
      return false;
    }
    status = decision;
    rejectionReason = decision == GoodPracticeStatus.REJECTED ? reason.trim() : null;
    curatedBy = by;
    curatedAt = now;
    version++;
    return true;
  }

  public ApprovedExample toReportExample() {
    return new ApprovedExample(organisationId, occurredOn, title, description);
  }
}
