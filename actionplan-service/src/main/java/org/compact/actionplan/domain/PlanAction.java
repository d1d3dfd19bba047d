package org.compact.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compact.actionplan.domain.timescale.Timescale;
import org.compact.actionplan.domain.timescale.TimescaleKind;
import org.compact.actionplan.domain.timescale.TimescaleParser;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;

/** An action of a plan. Only the timescale text is stored: its parsed form is derived on read. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "objective_id", nullable = false)
  public UUID objectiveId;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false)
  public String description;

  @Enumerated(EnumType.STRING)
  public Priority priority;

  public String timescale;

  public String lead;

  @Column(name = "lead_signatory_ids", nullable = false)
  String leadSignatoryIdsText = "";

  public String resources;

  @Column(name = "measures_of_success")
  public String measuresOfSuccess;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ActionStatus status;

  @Column(name = "completed_on")
  public LocalDate completedOn;

  @Column(name = "last_progress_on")
  public LocalDate lastProgressOn;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The fields an admin edits. */
  public record Content(
      String description,
      Priority priority,
      String timescale,
      String lead,
      List<UUID> leadSignatoryIds,
      String resources,
      String measuresOfSuccess) {}

  /** A status change, for the event. */
  public record Transition(
      ActionStatus from, ActionStatus to, LocalDate on, LocalDate completedOn) {}

  public static PlanAction create(
      UUID planId, UUID objectiveId, int position, Content content, Instant now) {
    PlanAction action = new PlanAction();
    action.id = UUID.randomUUID();
    action.planId = planId;
    action.objectiveId = objectiveId;
    action.position = position;
    action.status = ActionStatus.NOT_STARTED;
    action.createdAt = now;
    action.edit(content, now);
    return action;
  }

  public void edit(Content content, Instant now) {
    description = content.description().strip();
    priority = content.priority();
    timescale = blankToNull(content.timescale());
    lead = blankToNull(content.lead());
    setLeadSignatoryIds(content.leadSignatoryIds());
    resources = blankToNull(content.resources());
    measuresOfSuccess = blankToNull(content.measuresOfSuccess());
    updatedAt = now;
  }

  /**
   * Moves to {@code to} on {@code on}; empty when it already has that status. COMPLETED records
   * {@code completedOn}; leaving COMPLETED clears it.
   */
  public Optional<Transition> changeStatus(ActionStatus to, LocalDate on, Instant now) {
    if (to == null || to == status) {
      return Optional.empty();
    }
    ActionStatus from = status;
    status = to;
    completedOn = to == ActionStatus.COMPLETED ? on : null;
    updatedAt = now;
    return Optional.of(new Transition(from, to, on, completedOn));
  }

  public void progressRecorded(LocalDate on, Instant now) {
    if (lastProgressOn == null || on.isAfter(lastProgressOn)) {
      lastProgressOn = on;
    }
    updatedAt = now;
  }

  public Timescale parsedTimescale() {
    return TimescaleParser.parse(timescale);
  }

  /** The date a timescale says it was completed ("Completed March 2010"), if it says so. */
  public Optional<LocalDate> completedPerTimescale() {
    Timescale parsed = parsedTimescale();
    return parsed.kind() == TimescaleKind.COMPLETED
        ? Optional.ofNullable(parsed.completedOn())
        : Optional.empty();
  }

  public Optional<LocalDate> dueOn(ActionSchedule.PlanDates plan, LocalDate today) {
    return ActionSchedule.currentDueDate(parsedTimescale(), plan, lastProgressOn, today);
  }

  public boolean isOverdue(ActionSchedule.PlanDates plan, LocalDate today) {
    return ActionSchedule.isOverdue(status, dueOn(plan, today), today);
  }

  public List<UUID> leadSignatoryIds() {
    if (leadSignatoryIdsText == null || leadSignatoryIdsText.isBlank()) {
      return List.of();
    }
    return Arrays.stream(leadSignatoryIdsText.split(",")).map(UUID::fromString).toList();
  }

  public void setLeadSignatoryIds(List<UUID> ids) {
    leadSignatoryIdsText =
        ids == null
            ? ""
            : ids.stream().distinct().map(UUID::toString).collect(Collectors.joining(","));
  }

  public boolean isLedBy(UUID signatoryId) {
    return signatoryId != null && leadSignatoryIds().contains(signatoryId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
