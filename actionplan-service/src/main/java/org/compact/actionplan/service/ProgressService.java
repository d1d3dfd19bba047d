package org.compact.actionplan.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.actionplan.domain.ActionProgress;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.events.ActionPlanEvents;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.replica.WithdrawnOrganisations;
import org.compact.platform.security.Caller;
import org.compact.platform.time.TimeSource;

/**
 * Progress notes: appended by compact-admin or by a partner whose organisation leads the action
 * (its org_id is one of the action's lead signatory ids) and has not withdrawn from the Compact
 * (signatory replica). An optional status change goes with the note. Appends need no If-Match.
 */
@ApplicationScoped
public class ProgressService {
  @Inject TimeSource time;
  @Inject ActionPlanEvents events;
  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject WithdrawnOrganisations withdrawn;

  private static final String POST_PROGRESS = "post progress";

  /**
   * 422 organisation-withdrawn when the caller is a partner of a WITHDRAWN organisation (DOMAIN.md:
   * it keeps read access but may not post progress); compact-admin always may.
   */
  @Transactional
  public void refuseWithdrawnCaller() {
    withdrawn.refuseIfCallerWithdrawn(POST_PROGRESS);
  }

  /** What was recorded: the note and the action as it stands afterwards. */
  public record Recorded(ActionProgress progress, PlanAction action) {}

  @Transactional
  public Recorded record(UUID actionId, String note, ActionStatus status, LocalDate recordedOn) {
    // notes are appends without If-Match: concurrent ones queue on the action row instead of
    // failing its optimistic version check
    PlanAction action = PlanAction.findById(actionId, LockModeType.PESSIMISTIC_WRITE);
    Plan plan = action == null ? null : Plan.findById(action.planId);
    if (plan == null || !(plan.isPublic() || caller.isAdmin())) {
      throw ProblemException.notFound("Action", actionId);
    }
    withdrawn.refuseIfCallerWithdrawn(POST_PROGRESS);
    if (!caller.isAdmin() && !action.isLedBy(caller.requireOrgId())) {
      throw ProblemException.forbidden(
          "Only compact-admin or a partner whose organisation leads this action may post progress");
    }
    plan.requireEditable();
    LocalDate today = time.today();
    LocalDate on = recordedOn == null ? today : recordedOn;
    if (on.isAfter(today)) {
      throw ProblemException.ruleViolation(
          "Progress cannot be dated in the future (today is " + today + ")",
          List.of(new Problem.Violation("recordedOn", "must not be after " + today)));
    }
    ActionStatus from = action.status;
    var transition = action.changeStatus(status, on, time.now());
    if (transition.isPresent()) {
      em.flush();
      events.statusChanged(action, transition.get());
    }
    ActionProgress progress =
        ActionProgress.of(
            action.id,
            on,
            time.now(),
            caller.subject(),
            note,
            transition.isPresent() ? from : null,
            transition.map(PlanAction.Transition::to).orElse(null));
    progress.persist();
    action.progressRecorded(on, time.now());
    em.flush();
    events.progressRecorded(action, progress);
    return new Recorded(progress, action);
  }

  public List<ActionProgress> history(UUID actionId, int page, int size) {
    return ActionProgress.find(
            "actionId",
            Sort.descending("recordedOn").and("recordedAt", Sort.Direction.Descending),
            actionId)
        .page(Page.of(page, size))
        .list();
  }

  public long historyCount(UUID actionId) {
    return ActionProgress.count("actionId", actionId);
  }
}
