package org.compact.consultation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A result published by the owner's council system (or compact-admin), keyed by externalRef. */
@Entity
@Table(name = "consultation_result")
public class ConsultationResult extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "consultation_id", nullable = false)
  public UUID consultationId;

  @Column(name = "external_ref", nullable = false)
  public String externalRef;

  @Column(name = "published_on", nullable = false)
  public LocalDate publishedOn;

  @Column(nullable = false)
  public String summary;

  @Column(name = "response_count", nullable = false)
  public int responseCount;

  @Convert(converter = JsonColumns.Strings.class)
  @Column(nullable = false)
  public List<String> documents;

  @Convert(converter = JsonColumns.Breakdown.class)
  @Column(nullable = false)
  public List<BreakdownEntry> breakdown;

  /** Whether this result moved the consultation to RESULTS_PUBLISHED. */
  @Column(name = "first_result", nullable = false)
  public boolean firstResult;

  @Column(name = "pushed_by", nullable = false)
  public String pushedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public static ConsultationResult of(
      UUID consultationId,
      String externalRef,
      ResultContent content,
      boolean firstResult,
      String pushedBy,
      Instant now) {
    ConsultationResult result = new ConsultationResult();
    result.id = UUID.randomUUID();
    result.consultationId = consultationId;
    result.externalRef = externalRef.strip();
    result.publishedOn = content.publishedOn();
    result.summary = content.summary();
    result.responseCount = content.responseCount();
    result.documents = content.documents();
    result.breakdown = content.breakdown();
    result.firstResult = firstResult;
    result.pushedBy = pushedBy;
    result.createdAt = now;
    return result;
  }

  public ResultContent content() {
    return new ResultContent(publishedOn, summary, responseCount, documents, breakdown);
  }

  public static Optional<ConsultationResult> findByRef(UUID consultationId, String externalRef) {
    return find("consultationId = ?1 and externalRef = ?2", consultationId, externalRef.strip())
        .firstResultOptional();
  }

  public static List<ConsultationResult> ofConsultation(UUID consultationId) {
    return list("consultationId = ?1 order by publishedOn, createdAt", consultationId);
  }
}
