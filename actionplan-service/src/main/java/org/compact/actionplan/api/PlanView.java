package org.compact.actionplan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanObjective;
import org.compact.actionplan.domain.PlanSection;
import org.compact.actionplan.domain.PlanStatus;
import org.compact.actionplan.service.ActionQueries;
import org.compact.actionplan.service.PlanTree;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "A plan with its sections, objectives and actions, in order")
public record PlanView(
    @Schema(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID id,
    @Schema(example = "Consultation Strategy Action Plan 2009-2010") String title,
    @Schema(example = "2009-10") String period,
    @Schema(example = "2009-04-20") LocalDate adoptedOn,
    @Schema(example = "PUBLISHED") PlanStatus status,
    @Schema(example = "2009-05-01") LocalDate publishedOn,
    @Schema(example = "16") int actionCount,
    List<SectionView> sections,
    @Schema(example = "3") long version) {

  @Schema(name = "Section")
  public record SectionView(
      @Schema(example = "1b4e28ba-2fa1-41d2-883f-0016d3cca427") UUID id,
      @Schema(example = "0") int position,
      @Schema(example = "Local Compacts", description = "Null for an untitled section")
          String title,
      List<ObjectiveView> objectives) {}

  @Schema(name = "Objective")
  public record ObjectiveView(
      @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID id,
      @Schema(example = "0") int position,
      @Schema(example = "To effectively coordinate and disseminate the results of consultation")
          String text,
      List<ActionView> actions) {}

  static PlanView of(PlanTree tree, ActionQueries queries, boolean showAuthors) {
    Plan plan = tree.plan();
    List<SectionView> sections =
        tree.sections().stream()
            .map(
                (PlanSection s) ->
                    new SectionView(
                        s.id,
                        s.position,
                        s.title,
                        tree.objectivesOf(s).stream()
                            .map(
                                (PlanObjective o) ->
                                    new ObjectiveView(
                                        o.id,
                                        o.position,
                                        o.text,
                                        tree.actionsOf(o).stream()
                                            .map(
                                                a ->
                                                    ActionView.of(
                                                        queries.row(a, plan),
                                                        tree.latestProgress().get(a.id),
                                                        showAuthors))
                                            .toList()))
                            .toList()))
            .toList();
    return new PlanView(
        plan.id,
        plan.title,
        plan.period,
        plan.adoptedOn,
        plan.status,
        plan.publishedOn,
        tree.actions().size(),
        sections,
        plan.version);
  }
}
