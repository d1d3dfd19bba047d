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
    UUID id,
    UUID planId,
    UUID objectiveId,
    @Schema(example = "0") int position,
    @Schema(example = "From the Service plans 2009/10 put together a timetable for consultation")
        String description,
    Priority priority,
    TimescaleView timescale,
    @Schema(
            example = "2009-06-30",
            description = "Current due date (for a recurring action: the next occurrence not met)")
        LocalDate dueOn,
    @Schema(description = "A due date passed and the action is neither COMPLETED nor DROPPED")
        boolean overdue,
    @Schema(example = "Policy Officer (Consultation)") String lead,
    List<UUID> leadSignatoryIds,
    @Schema(example = "Officer time") String resources,
    @Schema(example = "Consultation Calendar on the Council's website.") String measuresOfSuccess,
    ActionStatus status,
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
