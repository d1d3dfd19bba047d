package org.compact.actionplan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.actionplan.domain.table.ActionDraft;
import org.compact.actionplan.domain.table.ImportResult;
import org.compact.actionplan.domain.table.PlanDraft;
import org.compact.actionplan.domain.timescale.TimescaleParser;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ImportReport",
    description =
        "The plan read from the file, what each non-empty source row became, and row-numbered"
            + " warnings and errors")
public record ImportReportView(
    @Schema(example = "true") boolean dryRun,
    @Schema(
            example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f",
            description = "Id of the saved plan; absent on a dry run")
        UUID planId,
    DraftPlan plan,
    Counts counts,
    List<RowOutcomeView> rows,
    List<IssueView> warnings,
    List<IssueView> errors) {

  @Schema(name = "RowOutcome", description = "What a non-empty source row became")
  public record RowOutcomeView(
      @Schema(example = "7") int row, @Schema(example = "ACTION") ImportResult.RowRole role) {}

  @Schema(name = "Issue", description = "A row-numbered warning or error")
  public record IssueView(
      @Schema(example = "12", description = "Null for an issue with the whole file") Integer row,
      @Schema(example = "Unknown priority 'URGENT'; left empty") String message) {}

  @Schema(name = "ImportCounts")
  public record Counts(
      @Schema(example = "6") int sections,
      @Schema(example = "15") int objectives,
      @Schema(example = "33") int actions) {}

  @Schema(name = "DraftPlan")
  public record DraftPlan(
      @Schema(example = "Consultation Strategy Action Plan 2009-2010") String title,
      @Schema(example = "2009-10") String period,
      @Schema(example = "2009-04-20") LocalDate adoptedOn,
      List<DraftSection> sections) {}

  @Schema(name = "DraftSection")
  public record DraftSection(
      @Schema(example = "Local Compacts") String title, List<DraftObjective> objectives) {}

  @Schema(name = "DraftObjective")
  public record DraftObjective(
      @Schema(example = "To encourage voluntary and community sector organisations to sign up")
          String text,
      List<DraftAction> actions) {}

  @Schema(name = "DraftAction")
  public record DraftAction(
      @Schema(example = "Record organisations who have signed up") String description,
      @Schema(example = "MEDIUM") Priority priority,
      TimescaleView timescale,
      @Schema(example = "James Ilott - DCC") String lead,
      @Schema(example = "[\"6f1c2b9e-4a3d-4c55-9b1e-2f0a7d3c8e41\"]") List<UUID> leadSignatoryIds,
      @Schema(example = "Officer time") String resources,
      @Schema(example = "List of organisations signed up") String measuresOfSuccess,
      @Schema(example = "NOT_STARTED") ActionStatus status) {}

  static ImportReportView of(ImportResult result, boolean dryRun, UUID planId) {
    PlanDraft p = result.plan();
    DraftPlan plan =
        new DraftPlan(
            p.title(),
            p.period(),
            p.adoptedOn(),
            p.sections().stream()
                .map(
                    s ->
                        new DraftSection(
                            s.title(),
                            s.objectives().stream()
                                .map(
                                    o ->
                                        new DraftObjective(
                                            o.text(),
                                            o.actions().stream()
                                                .map(ImportReportView::action)
                                                .toList()))
                                .toList()))
                .toList());
    return new ImportReportView(
        dryRun,
        planId,
        plan,
        new Counts(p.sections().size(), p.objectiveCount(), p.actionCount()),
        result.rows().stream().map(r -> new RowOutcomeView(r.row(), r.role())).toList(),
        issues(result.warnings()),
        issues(result.errors()));
  }

  private static List<IssueView> issues(List<ImportResult.Issue> issues) {
    return issues.stream().map(i -> new IssueView(i.row(), i.message())).toList();
  }

  private static DraftAction action(ActionDraft a) {
    return new DraftAction(
        a.description(),
        a.priority(),
        a.timescale() == null ? null : TimescaleView.of(TimescaleParser.parse(a.timescale())),
        a.lead(),
        a.leadSignatoryIds(),
        a.resources(),
        a.measuresOfSuccess(),
        a.status());
  }
}
