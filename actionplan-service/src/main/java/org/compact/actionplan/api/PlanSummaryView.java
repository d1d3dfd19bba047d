package org.compact.actionplan.api;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanSummary")
public record PlanSummaryView(
    UUID id,
    @Schema(example = "Derbyshire Compact Action Plan") String title,
    @Schema(example = "2007-08") String period,
    @Schema(example = "2007-04-02") LocalDate adoptedOn,
    PlanStatus status,
    LocalDate publishedOn,
    @Schema(example = "0") long version) {

  static PlanSummaryView of(Plan plan) {
    return new PlanSummaryView(
        plan.id,
        plan.title,
        plan.period,
        plan.adoptedOn,
        plan.status,
        plan.publishedOn,
        plan.version);
  }
}
