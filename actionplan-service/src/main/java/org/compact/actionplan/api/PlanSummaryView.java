package org.compact.actionplan.api;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanSummary")
public record PlanSummaryView(
    @Schema(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID id,
    @Schema(example = "Derbyshire Compact Action Plan") String title,
    @Schema(example = "2007-08") String period,
    @Schema(example = "2007-04-02") LocalDate adoptedOn,
    @Schema(example = "PUBLISHED") PlanStatus status,
    @Schema(example = "2007-05-01") LocalDate publishedOn,
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
