package org.compact.actionplan.domain.table;

import java.util.List;

/**
 * What an import made of a file: the plan, what every non-empty source row became, and row-numbered
 * warnings (kept going) and errors (nothing may be saved).
 */
public record ImportResult(
    PlanDraft plan, List<RowOutcome> rows, List<Issue> warnings, List<Issue> errors) {
  public ImportResult {
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** {@code row} is null for an issue with the whole file. */
  public record Issue(Integer row, String message) {}

  public record RowOutcome(int row, RowRole role) {}

  /** What a non-empty source row became. */
  public enum RowRole {
    TITLE,
    PLAN_FIELD,
    HEADER,
    SECTION,
    OBJECTIVE,
    OBJECTIVE_CONTINUATION,
    ACTION,
    ACTION_CONTINUATION,
    WARNING
  }
}
