package org.compact.consultation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.ConsultationResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Result", description = "A published consultation result")
public record ResultView(
    @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
    @Schema(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID consultationId,
    @Schema(example = "SDDC-C-2009-014") String externalRef,
    @Schema(example = "2009-09-30") LocalDate publishedOn,
    @Schema(example = "1,204 residents replied; community safety ranked first.") String summary,
    @Schema(example = "1204") int responseCount,
    List<String> documents,
    List<ResultRequest.BreakdownDto> breakdown,
    @Schema(
            description = "This result moved the consultation to RESULTS_PUBLISHED",
            example = "true")
        boolean firstResult,
    Instant createdAt) {

  static ResultView of(ConsultationResult result) {
    return new ResultView(
        result.id,
        result.consultationId,
        result.externalRef,
        result.publishedOn,
        result.summary,
        result.responseCount,
        result.documents,
        result.breakdown.stream().map(ResultRequest.BreakdownDto::of).toList(),
        result.firstResult,
        result.createdAt);
  }
}
