package org.compact.actionplan.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.compact.actionplan.config.ActionPlanConfig;
import org.compact.actionplan.domain.ActionProgress;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionOverdue;
import org.compact.contracts.actionplan.ActionProgressRecorded;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.contracts.actionplan.ActionUpdated;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.platform.outbox.Outbox;

/**
 * Outbox writes for plan and action changes, inside the use case's transaction. Payloads carry
 * business dates; progress notes and their authors stay in the service.
 */
@ApplicationScoped
public class ActionPlanEvents {
  @Inject Outbox outbox;
  @Inject ActionPlanConfig config;
  @Inject org.compact.platform.time.TimeSource time;

  public void planCreated(Plan plan, LocalDate today) {
    outbox.record(plan.version, new PlanCreated(plan.id, plan.title, plan.period, today));
  }

  public void planPublished(Plan plan) {
    outbox.record(
        plan.version,
        new PlanPublished(plan.id, plan.title, plan.period, plan.adoptedOn, plan.publishedOn));
  }

  public void actionCreated(Plan plan, PlanAction action, LocalDate today) {
    outbox.record(
        action.version,
        new ActionCreated(
            action.id,
            action.planId,
            action.priority,
            action.status,
            action.timescale,
            action.dueOn(plan.dates(config.periodStart()), time.today()).orElse(null),
            action.leadSignatoryIds(),
            today));
  }

  public void actionUpdated(Plan plan, PlanAction action, LocalDate today) {
    outbox.record(
        action.version,
        new ActionUpdated(
            action.id,
            action.planId,
            action.priority,
            action.status,
            action.timescale,
            action.dueOn(plan.dates(config.periodStart()), time.today()).orElse(null),
            action.leadSignatoryIds(),
            today));
  }

  public void statusChanged(PlanAction action, PlanAction.Transition transition) {
    outbox.record(
        action.version,
        new ActionStatusChanged(
            action.id,
            action.planId,
            transition.from(),
            transition.to(),
            transition.on(),
            transition.completedOn(),
            action.priority));
  }

  public void progressRecorded(PlanAction action, ActionProgress progress) {
    outbox.record(
        action.version,
        new ActionProgressRecorded(
            action.id, action.planId, progress.id, progress.recordedOn, action.status));
  }

  public void overdue(PlanAction action, LocalDate dueOn, LocalDate today) {
    outbox.record(
        action.version,
        new ActionOverdue(action.id, action.planId, dueOn, today, action.status, action.priority));
  }
}
