package org.compact.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import org.compact.reporting.domain.ReportFigures;
import org.compact.reporting.domain.ReportStatus;
import org.compact.reporting.domain.YearFigures;
import org.compact.reporting.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AnnualReport",
    description =
        "The Annual Compact Report of a review year with the previous year's figures side by side."
            + " DRAFT figures are live; AGREED and PUBLISHED figures are frozen.")
public record AnnualReportView(
    @Schema(example = "Stafford Borough Compact") String compact,
    @Schema(description = "Calendar year the review year starts in", example = "2024") int year,
    @Schema(example = "2024-25") String label,
    @Schema(example = "2024-04-01") LocalDate from,
    @Schema(example = "2025-03-31") LocalDate to,
    @Schema(example = "PUBLISHED") ReportStatus status,
    @Schema(description = "Also the ETag; 0 until agreed", example = "2") long version,
    @Schema(example = "2025-06-10T18:00:00Z") Instant agreedAt,
    @Schema(example = "2025-06-20T09:00:00Z") Instant publishedAt,
    ReportFigures figures,
    @Schema(description = "The previous review year (frozen when that report was agreed)")
        YearFigures previous) {

  static AnnualReportView of(String compact, ReportService.Report report) {
    YearFigures current = report.content().current();
    return new AnnualReportView(
        compact,
        current.year(),
        current.label(),
        current.from(),
        current.to(),
        report.status(),
        report.version(),
        report.row() == null ? null : report.row().agreedAt,
        report.row() == null ? null : report.row().publishedAt,
        current.figures(),
        report.content().previous());
  }
}
