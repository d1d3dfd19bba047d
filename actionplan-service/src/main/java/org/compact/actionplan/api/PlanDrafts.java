package org.compact.actionplan.api;

import org.compact.actionplan.domain.table.ActionDraft;
import org.compact.actionplan.domain.table.PlanDraft;
import org.compact.actionplan.service.PlanTree;

/** A stored plan as content, for export. */
final class PlanDrafts {
  private PlanDrafts() {}

  static PlanDraft of(PlanTree tree) {
    return new PlanDraft(
        tree.plan().title,
        tree.plan().period,
        tree.plan().adoptedOn,
        tree.sections().stream()
            .map(
                s ->
                    new PlanDraft.SectionDraft(
                        s.title,
                        tree.objectivesOf(s).stream()
                            .map(
                                o ->
                                    new PlanDraft.ObjectiveDraft(
                                        o.text,
                                        tree.actionsOf(o).stream()
                                            .map(
                                                a ->
                                                    new ActionDraft(
                                                        a.description,
                                                        a.priority,
                                                        a.timescale,
                                                        a.lead,
                                                        a.leadSignatoryIds(),
                                                        a.resources,
                                                        a.measuresOfSuccess,
                                                        a.status))
                                            .toList()))
                            .toList()))
            .toList());
  }
}
