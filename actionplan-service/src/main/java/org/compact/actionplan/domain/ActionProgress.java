package org.compact.actionplan.domain;

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
import org.compact.contracts.actionplan.ActionStatus;

/** An append-only progress note (a database trigger refuses updates and deletes). */
@Entity
@Table(name = "action_progress")
public class ActionProgress extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "action_id", nullable = false)
  public UUID actionId;

  @Column(name = "recorded_on", nullable = false)
  public LocalDate recordedOn;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  /** The token {@code sub} of who wrote it. */
  @Column(nullable = false)
  public String author;

  @Column(nullable = false)
  public String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_from")
  public ActionStatus statusFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_to")
  public ActionStatus statusTo;

  public static ActionProgress of(
      UUID actionId,
      LocalDate recordedOn,
      Instant recordedAt,
      String author,
      String note,
      ActionStatus from,
      ActionStatus to) {
    ActionProgress progress = new ActionProgress();
    progress.id = UUID.randomUUID();
    progress.actionId = actionId;
    progress.recordedOn = recordedOn;
    progress.recordedAt = recordedAt;
    progress.author = author;
    progress.note = note.strip();
    progress.statusFrom = from;
    progress.statusTo = to;
    return progress;
  }
}
