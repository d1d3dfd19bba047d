package org.compact.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.compact.reporting.domain.GoodPractice;
import org.compact.reporting.domain.GoodPracticeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoodPractice")
public record GoodPracticeView(
    UUID id,
    @Schema(description = "The submitting signatory") UUID organisationId,
    @Schema(example = "Joint consultation on the community plan") String title,
    @Schema(example = "The council and the CVS planned the consultation together.")
        String description,
    @Schema(example = "2024-06-15") LocalDate occurredOn,
    @Schema(example = "APPROVED") GoodPracticeStatus status,
    Instant submittedAt,
    Instant curatedAt,
    @Schema(description = "Shown to compact-admin and the submitting organisation only")
        String rejectionReason,
    @Schema(example = "2") long version) {

  static GoodPracticeView of(GoodPractice example, boolean showReason) {
    return new GoodPracticeView(
        example.id,
        example.organisationId,
        example.title,
        example.description,
        example.occurredOn,
        example.status,
        example.submittedAt,
        example.curatedAt,
        showReason ? example.rejectionReason : null,
        example.version);
  }
}
