package org.compact.dispute.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * A dispute resolution procedure as data: ordered stages. A case moves one stage at a time; any
 * stage may end {@code RESOLVED}.
 *
 * @param learningConfidential whether learning stays confidential until compact-admin approves the
 *     anonymised summary (Stafford) or is shared with the parties as it is documented (Richmond)
 */
public record Procedure(
    ProcedureName name, String title, List<StageDefinition> stages, boolean learningConfidential) {

  public Procedure {
    stages = List.copyOf(stages);
  }

  public StageDefinition first() {
    return stages.get(0);
  }

  public Optional<StageDefinition> find(String stage) {
    return stages.stream().filter(s -> s.name().equals(stage)).findFirst();
  }

  public StageDefinition stage(String stage) {
    return find(stage)
        .orElseThrow(() -> new IllegalStateException(name + " has no stage " + stage));
  }

  public int indexOf(String stage) {
    return stages.indexOf(stage(stage));
  }

  public Optional<StageDefinition> next(String stage) {
    int index = indexOf(stage);
    return index + 1 < stages.size() ? Optional.of(stages.get(index + 1)) : Optional.empty();
  }

  /** Stage names of this procedure in order. */
  public List<String> stageNames() {
    return stages.stream().map(StageDefinition::name).toList();
  }

  /**
   * What may happen next from {@code stage} on an open case: the next stage, and the outcomes the
   * stage allows.
   */
  public List<String> allowedNextSteps(String stage) {
    StageDefinition current = stage(stage);
    List<String> steps = new ArrayList<>();
    next(stage).ifPresent(n -> steps.add(n.name()));
    steps.add(Outcome.RESOLVED.name());
    if (current.decidesRelatedness()) {
      steps.add(Outcome.NOT_COMPACT_RELATED.name());
    }
    if (current.unresolvedClose() != UnresolvedClose.NOT_HERE) {
      steps.add(Outcome.NO_FURTHER_RECOURSE.name());
    }
    return List.copyOf(steps);
  }

  /**
   * The stage a case at {@code current} may move to as {@code target}: 422 when {@code target} is
   * not a stage of this procedure, 409 (with the allowed next steps) when it is not the next.
   */
  public StageDefinition requireNext(String current, String target) {
    if (find(target).isEmpty()) {
      throw ProblemException.ruleViolation(
          "'" + target + "' is not a stage of the " + name + " procedure",
          List.of(new Problem.Violation("toStage", "must be one of " + stageNames())));
    }
    Optional<StageDefinition> next = next(current);
    if (next.isEmpty() || !next.get().name().equals(target)) {
      throw ProblemException.conflict(
          "A case at " + current + " cannot move to " + target + ": stages advance one at a time",
          Map.of("currentStage", current, "allowedNextSteps", allowedNextSteps(current)));
    }
    return next.get();
  }
}
