package org.compact.reporting.domain;

import java.time.LocalDate;
import org.compact.platform.time.ReviewYear;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of one review year with the year's bounds. */
@Schema(name = "YearFigures")
public record YearFigures(
    @Schema(description = "Calendar year the review year starts in", example = "2024") int year,
    @Schema(example = "2024-25") String label,
    @Schema(example = "2024-04-01") LocalDate from,
    @Schema(example = "2025-03-31") LocalDate to,
    ReportFigures figures) {

  public static YearFigures of(ReviewYear year, ReportFigures figures) {
    return new YearFigures(
        year.startYear(), year.label(), year.firstDay(), year.lastDay(), figures);
  }
}
