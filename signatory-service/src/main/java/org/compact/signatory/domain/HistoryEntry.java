package org.compact.signatory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step in an organisation's history. Never holds a contact's personal data. */
@Entity
@Table(name = "organisation_history")
public class HistoryEntry extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "organisation_id", nullable = false)
  public UUID organisationId;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  /** The business date of the step (signedOn, withdrawnOn, or the day it was recorded). */
  @Column(name = "business_date", nullable = false)
  public LocalDate businessDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public HistoryAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public SignatoryStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public SignatoryStatus toStatus;

  /** The token {@code sub} of who did it. */
  @Column(nullable = false)
  public String actor;

  @Column(name = "signed_by")
  public String signedBy;

  public String reason;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "codes_of_practice")
  public List<String> codesOfPractice;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "changed_fields")
  public List<String> changedFields;

  @Column(name = "contact_id")
  public UUID contactId;

  @Column(name = "has_champion")
  public Boolean hasChampion;

  public static HistoryEntry of(
      Organisation organisation,
      HistoryAction action,
      SignatoryStatus fromStatus,
      LocalDate businessDate,
      String actor,
      Instant now) {
    HistoryEntry entry = new HistoryEntry();
    entry.organisationId = organisation.id;
    entry.action = action;
    entry.fromStatus = fromStatus;
    entry.toStatus = organisation.status;
    entry.businessDate = businessDate;
    entry.actor = actor;
    entry.occurredAt = now;
    return entry;
  }
}
