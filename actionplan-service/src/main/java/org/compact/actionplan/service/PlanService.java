package org.compact.actionplan.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compact.actionplan.domain.ActionProgress;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.domain.PlanObjective;
import org.compact.actionplan.domain.PlanSection;
import org.compact.actionplan.domain.PlanStatus;
import org.compact.actionplan.domain.table.ActionDraft;
import org.compact.actionplan.domain.table.PlanDraft;
import org.compact.actionplan.domain.table.PlanDraft.ObjectiveDraft;
import org.compact.actionplan.domain.table.PlanDraft.SectionDraft;
import org.compact.actionplan.events.ActionPlanEvents;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.TimeSource;

/** Plan use cases: each change and its events commit together. */
@ApplicationScoped
public class PlanService {
  @Inject TimeSource time;
  @Inject ActionPlanEvents events;
  @Inject EntityManager em;

  @Transactional
  public Plan create(String title, String period, LocalDate adoptedOn) {
    Plan plan = Plan.draft(title, period, adoptedOn, time.now());
    plan.persistAndFlush();
    events.planCreated(plan, time.today());
    return plan;
  }

  @Transactional
  public Plan describe(
      UUID planId, String ifMatch, String title, String period, LocalDate adoptedOn) {
    Plan plan = requirePlan(planId);
    ETags.requireIfMatch(ifMatch, plan.version);
    plan.requireEditable();
    plan.describe(title, period, adoptedOn, time.now());
    em.flush();
    return plan;
  }

  @Transactional
  public Plan publish(UUID planId, String ifMatch) {
    Plan plan = requirePlan(planId);
    ETags.requireIfMatch(ifMatch, plan.version);
    plan.publish(time.today(), PlanAction.count("planId", planId), time.now());
    em.flush();
    events.planPublished(plan);
    return plan;
  }

  @Transactional
  public Plan archive(UUID planId, String ifMatch) {
    Plan plan = requirePlan(planId);
    ETags.requireIfMatch(ifMatch, plan.version);
    plan.archive(time.now());
    em.flush();
    return plan;
  }

  @Transactional
  public PlanSection addSection(UUID planId, String title) {
    Plan plan = requireEditablePlan(planId);
    PlanSection section =
        PlanSection.of(planId, nextPosition("PlanSection", "planId", planId), title.strip());
    section.persist();
    plan.touch(time.now());
    em.flush();
    return section;
  }

  @Transactional
  public PlanSection renameSection(UUID planId, UUID sectionId, String ifMatch, String title) {
    Plan plan = requirePlan(planId);
    ETags.requireIfMatch(ifMatch, plan.version);
    plan.requireEditable();
    PlanSection section = requireSection(planId, sectionId);
    section.title = title.strip();
    plan.touch(time.now());
    em.flush();
    return section;
  }

  @Transactional
  public PlanObjective addObjective(UUID planId, UUID sectionId, String text) {
    Plan plan = requireEditablePlan(planId);
    requireSection(planId, sectionId);
    PlanObjective objective =
        PlanObjective.of(
            planId, sectionId, nextPosition("PlanObjective", "sectionId", sectionId), text.strip());
    objective.persist();
    plan.touch(time.now());
    em.flush();
    return objective;
  }

  @Transactional
  public PlanObjective editObjective(UUID planId, UUID objectiveId, String ifMatch, String text) {
    Plan plan = requirePlan(planId);
    ETags.requireIfMatch(ifMatch, plan.version);
    plan.requireEditable();
    PlanObjective objective = requireObjective(planId, objectiveId);
    objective.text = text.strip();
    plan.touch(time.now());
    em.flush();
    return objective;
  }

  @Transactional
  public PlanAction addAction(UUID planId, UUID objectiveId, PlanAction.Content content) {
    Plan plan = requireEditablePlan(planId);
    requireObjective(planId, objectiveId);
    PlanAction action = createAction(plan, objectiveId, content, null);
    plan.touch(time.now());
    em.flush();
    return action;
  }

  @Transactional
  public PlanAction editAction(UUID actionId, String ifMatch, PlanAction.Content content) {
    PlanAction action = requireAction(actionId);
    ETags.requireIfMatch(ifMatch, action.version);
    Plan plan = requirePlan(action.planId);
    plan.requireEditable();
    action.edit(content, time.now());
    em.flush();
    events.actionUpdated(plan, action, time.today());
    return action;
  }

  /**
   * Saves an imported plan as a DRAFT, all or nothing, with the events of each part. Positions are
   * counted here and the actions are written {@value #SAVE_CHUNK} at a time (flush, then clear), so
   * saving stays linear in the number of actions. The persistence context is cleared on the way:
   * entities a caller loaded before are detached afterwards.
   */
  @Transactional
  public Plan createFromDraft(PlanDraft draft) {
    Plan plan = create(draft.title(), draft.period(), draft.adoptedOn());
    UUID planId = plan.id;
    List<NewAction> chunk = new ArrayList<>(SAVE_CHUNK);
    int sectionPosition = 0;
    for (SectionDraft sectionDraft : draft.sections()) {
      PlanSection section = PlanSection.of(planId, sectionPosition++, sectionDraft.title());
      section.persist();
      int objectivePosition = 0;
      for (ObjectiveDraft objectiveDraft : sectionDraft.objectives()) {
        PlanObjective objective =
            PlanObjective.of(planId, section.id, objectivePosition++, objectiveDraft.text());
        objective.persist();
        int actionPosition = 0;
        for (ActionDraft a : objectiveDraft.actions()) {
          PlanAction action =
              PlanAction.create(
                  planId,
                  objective.id,
                  actionPosition++,
                  new PlanAction.Content(
                      a.description(),
                      a.priority(),
                      a.timescale(),
                      a.lead(),
                      a.leadSignatoryIds(),
                      a.resources(),
                      a.measuresOfSuccess()),
                  time.now());
          chunk.add(new NewAction(action, a.status()));
          if (chunk.size() == SAVE_CHUNK) {
            saveChunk(plan, chunk);
            chunk.clear();
          }
        }
      }
    }
    saveChunk(plan, chunk);
    Plan saved = requirePlan(planId); // the chunks cleared the persistence context
    saved.touch(time.now());
    em.flush();
    return saved;
  }

  /** Actions written together by {@link #createFromDraft}. */
  static final int SAVE_CHUNK = 200;

  private record NewAction(PlanAction action, ActionStatus initialStatus) {}

  /**
   * Inserts the actions (JDBC batches), records their action.created events, applies their initial
   * statuses (an update each, so a status-changed event carries the version its row then has) and
   * empties the persistence context, so no later flush dirty-checks these entities again.
   */
  private void saveChunk(Plan plan, List<NewAction> chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    chunk.forEach(a -> a.action().persist());
    LocalDate today = time.today();
    chunk.forEach(a -> events.actionCreated(plan, a.action(), today));
    em.flush();
    List<Runnable> statusEvents = new ArrayList<>();
    for (NewAction a : chunk) {
      initialTransition(a.action(), a.initialStatus())
          .ifPresent(
              transition -> statusEvents.add(() -> events.statusChanged(a.action(), transition)));
    }
    if (!statusEvents.isEmpty()) {
      em.flush();
      statusEvents.forEach(Runnable::run);
      em.flush();
    }
    em.clear();
  }

  /**
   * An action is created NOT_STARTED (action.created); when its status is to be another, or its
   * timescale says it was completed, the change follows as action.status-changed, so the completion
   * and its date reach the annual report.
   */
  private PlanAction createAction(
      Plan plan, UUID objectiveId, PlanAction.Content content, ActionStatus initialStatus) {
    PlanAction action =
        PlanAction.create(
            plan.id,
            objectiveId,
            nextPosition("PlanAction", "objectiveId", objectiveId),
            content,
            time.now());
    action.persistAndFlush();
    events.actionCreated(plan, action, time.today());
    initialTransition(action, initialStatus)
        .ifPresent(
            transition -> {
              em.flush();
              events.statusChanged(action, transition);
            });
    return action;
  }

  /** Moves a new action to {@code initialStatus}, or COMPLETED when its timescale says so. */
  private Optional<PlanAction.Transition> initialTransition(
      PlanAction action, ActionStatus initialStatus) {
    Optional<LocalDate> completedOn = action.completedPerTimescale();
    ActionStatus status =
        initialStatus != null
            ? initialStatus
            : completedOn.isPresent() ? ActionStatus.COMPLETED : ActionStatus.NOT_STARTED;
    LocalDate on =
        status == ActionStatus.COMPLETED ? completedOn.orElse(time.today()) : time.today();
    return action.changeStatus(status, on, time.now());
  }

  public Optional<Plan> find(UUID planId) {
    return Optional.ofNullable(Plan.findById(planId));
  }

  public List<Plan> list(List<PlanStatus> statuses) {
    return Plan.list("status in ?1", Sort.by("createdAt").and("id"), statuses);
  }

  public PlanTree tree(Plan plan) {
    List<PlanSection> sections = PlanSection.list("planId = ?1", Sort.by("position"), plan.id);
    List<PlanObjective> objectives =
        PlanObjective.list("planId = ?1", Sort.by("position"), plan.id);
    List<PlanAction> actions = PlanAction.list("planId = ?1", Sort.by("position"), plan.id);
    return new PlanTree(
        plan,
        sections,
        objectives,
        actions,
        latestProgress(actions.stream().map(a -> a.id).toList()));
  }

  public Map<UUID, ActionProgress> latestProgress(List<UUID> actionIds) {
    Map<UUID, ActionProgress> latest = new HashMap<>();
    if (actionIds.isEmpty()) {
      return latest;
    }
    List<ActionProgress> notes =
        ActionProgress.list(
            "actionId in ?1",
            Sort.descending("recordedOn").and("recordedAt", Sort.Direction.Descending),
            actionIds);
    for (ActionProgress note : notes) {
      latest.putIfAbsent(note.actionId, note);
    }
    return latest;
  }

  public long actionCount(UUID planId) {
    return PlanAction.count("planId", planId);
  }

  public Optional<PlanAction> findAction(UUID actionId) {
    return Optional.ofNullable(PlanAction.findById(actionId));
  }

  private int nextPosition(String entity, String parentField, UUID parentId) {
    Integer max =
        em.createQuery(
                "select max(e.position) from " + entity + " e where e." + parentField + " = ?1",
                Integer.class)
            .setParameter(1, parentId)
            .getSingleResult();
    return max == null ? 0 : max + 1;
  }

  private Plan requirePlan(UUID planId) {
    return find(planId).orElseThrow(() -> ProblemException.notFound("Plan", planId));
  }

  private Plan requireEditablePlan(UUID planId) {
    Plan plan = requirePlan(planId);
    plan.requireEditable();
    return plan;
  }

  private PlanSection requireSection(UUID planId, UUID sectionId) {
    PlanSection section = PlanSection.findById(sectionId);
    if (section == null || !section.planId.equals(planId)) {
      throw ProblemException.notFound("Section", sectionId);
    }
    return section;
  }

  private PlanObjective requireObjective(UUID planId, UUID objectiveId) {
    PlanObjective objective = PlanObjective.findById(objectiveId);
    if (objective == null || !objective.planId.equals(planId)) {
      throw ProblemException.notFound("Objective", objectiveId);
    }
    return objective;
  }

  private PlanAction requireAction(UUID actionId) {
    return findAction(actionId).orElseThrow(() -> ProblemException.notFound("Action", actionId));
  }
}
