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
import java.time.MonthDay;
import java.util.Map;
import java.util.UUID;
import org.compact.platform.problem.ProblemException;

/** A Compact action plan. Its version also moves when sections, objectives or actions are added. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  @Column(nullable = false)
  public String title;

  public String period;

  @Column(name = "adopted_on")
  public LocalDate adoptedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PlanStatus status;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Plan draft(String title, String period, LocalDate adoptedOn, Instant now) {
    Plan plan = new Plan();
    plan.id = UUID.randomUUID();
    plan.status = PlanStatus.DRAFT;
    plan.createdAt = now;
    plan.describe(title, period, adoptedOn, now);
    return plan;
  }

  public void describe(String title, String period, LocalDate adoptedOn, Instant now) {
    if (period != null && !period.isBlank() && !PlanPeriod.isConsistent(period)) {
      throw ProblemException.ruleViolation(
          "Period '" + period + "' must run forwards, e.g. 2009-10",
          java.util.List.of(
              new org.compact.platform.problem.Problem.Violation(
                  "period", "second year must follow the first")));
    }
    this.title = title.trim();
    this.period = period == null || period.isBlank() ? null : period.trim();
    this.adoptedOn = adoptedOn;
    touch(now);
  }

  /** Marks the plan changed, so its version (ETag) moves. */
  public void touch(Instant now) {
    this.updatedAt = now;
  }

  public void publish(LocalDate today, long actionCount, Instant now) {
    if (status != PlanStatus.DRAFT) {
      throw ProblemException.conflict(
          "Only a DRAFT plan can be published; this one is " + status,
          Map.of("planStatus", status.name()));
    }
    if (actionCount == 0) {
      throw ProblemException.ruleViolation("A plan without actions cannot be published");
    }
    status = PlanStatus.PUBLISHED;
    publishedOn = today;
    touch(now);
  }

  public void archive(Instant now) {
    if (status == PlanStatus.ARCHIVED) {
      throw ProblemException.conflict(
          "The plan is already ARCHIVED", Map.of("planStatus", status.name()));
    }
    status = PlanStatus.ARCHIVED;
    touch(now);
  }

  /** Archived plans are a record: read-only. */
  public void requireEditable() {
    if (status == PlanStatus.ARCHIVED) {
      throw ProblemException.conflict(
          "The plan is ARCHIVED and can no longer change", Map.of("planStatus", status.name()));
    }
  }

  public boolean isPublic() {
    return status == PlanStatus.PUBLISHED;
  }

  public ActionSchedule.PlanDates dates(MonthDay yearStart) {
    return new ActionSchedule.PlanDates(
        PlanPeriod.start(period, yearStart).orElse(null), adoptedOn);
  }
}
