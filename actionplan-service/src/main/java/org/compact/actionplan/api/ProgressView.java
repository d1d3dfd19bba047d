package org.compact.actionplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.compact.actionplan.domain.ActionProgress;
import org.compact.contracts.actionplan.ActionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Progress", description = "A progress note (append-only)")
public record ProgressView(
    @Schema(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") UUID id,
    @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID actionId,
    @Schema(example = "2009-07-15") LocalDate recordedOn,
    @Schema(example = "2009-07-15T09:30:00Z") Instant recordedAt,
    @Schema(
            example = "partner-of-6f1c2b9e",
            description = "Token subject of the author; shown to compact-admin only")
        String author,
    @Schema(example = "Calendar published on the Council's website") String note,
    @Schema(example = "NOT_STARTED", description = "Status before, when the note changed it")
        ActionStatus statusFrom,
    @Schema(example = "IN_PROGRESS", description = "Status after, when the note changed it")
        ActionStatus statusTo) {

  static ProgressView of(ActionProgress p, boolean showAuthor) {
    return new ProgressView(
        p.id,
        p.actionId,
        p.recordedOn,
        p.recordedAt,
        showAuthor ? p.author : null,
        p.note,
        p.statusFrom,
        p.statusTo);
  }
}
