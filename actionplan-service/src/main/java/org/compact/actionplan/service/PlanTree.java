package org.compact.actionplan.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.actionplan.domain.ActionProgress;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.domain.PlanObjective;
import org.compact.actionplan.domain.PlanSection;

/** A plan with everything under it, in order, and each action's latest progress note. */
public record PlanTree(
    Plan plan,
    List<PlanSection> sections,
    List<PlanObjective> objectives,
    List<PlanAction> actions,
    Map<UUID, ActionProgress> latestProgress) {

  public List<PlanObjective> objectivesOf(PlanSection section) {
    return objectives.stream().filter(o -> o.sectionId.equals(section.id)).toList();
  }

  public List<PlanAction> actionsOf(PlanObjective objective) {
    return actions.stream().filter(a -> a.objectiveId.equals(objective.id)).toList();
  }
}
