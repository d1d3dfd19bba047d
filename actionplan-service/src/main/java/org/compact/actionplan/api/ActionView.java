package org.compact.actionplan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.actionplan.domain.ActionProgress;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.service.ActionQueries;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action")
public record ActionView(
    @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
    @Schema(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
    @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID objectiveId,
    @Schema(example = "0") int position,
    @Schema(example = "From the Service plans 2009/10 put together a timetable for consultation")
        String description,
    @Schema(example = "HIGH") Priority priority,
    TimescaleView timescale,
    @Schema(
            example = "2009-06-30",
            description = "Current due date (for a recurring action: the next occurrence not met)")
        LocalDate dueOn,
    @Schema(
            example = "false",
            description = "A due date passed and the action is neither COMPLETED nor DROPPED")
        boolean overdue,
    @Schema(example = "Policy Officer (Consultation)") String lead,
    @Schema(example = "[\"6f1c2b9e-4a3d-4c55-9b1e-2f0a7d3c8e41\"]") List<UUID> leadSignatoryIds,
    @Schema(example = "Officer time") String resources,
    @Schema(example = "Consultation Calendar on the Council's website.") String measuresOfSuccess,
    @Schema(example = "IN_PROGRESS") ActionStatus status,
    @Schema(example = "2009-06-30") LocalDate completedOn,
    ProgressView latestProgress,
    @Schema(example = "0") long version) {

  static ActionView of(ActionQueries.Row row, ActionProgress latest, boolean showAuthor) {
    PlanAction a = row.action();
    return new ActionView(
        a.id,
        a.planId,
        a.objectiveId,
        a.position,
        a.description,
        a.priority,
        TimescaleView.of(a.parsedTimescale()),
        row.dueOn().orElse(null),
        row.overdue(),
        a.lead,
        a.leadSignatoryIds(),
        a.resources,
        a.measuresOfSuccess,
        a.status,
        a.completedOn,
        latest == null ? null : ProgressView.of(latest, showAuthor),
        a.version);
  }
}
