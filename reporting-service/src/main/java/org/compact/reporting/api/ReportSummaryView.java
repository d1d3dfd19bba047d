package org.compact.reporting.api;

import java.time.Instant;
import org.compact.reporting.domain.ReportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSummary", description = "A report in the list of reports")
public record ReportSummaryView(
    @Schema(example = "2024") int year,
    @Schema(example = "2024-25") String label,
    @Schema(example = "PUBLISHED") ReportStatus status,
    @Schema(example = "2") long version,
    @Schema(example = "2025-06-10T18:00:00Z") Instant agreedAt,
    @Schema(example = "2025-06-20T09:00:00Z") Instant publishedAt) {}
