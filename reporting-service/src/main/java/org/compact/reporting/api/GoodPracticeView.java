package org.compact.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.compact.reporting.domain.GoodPractice;
import org.compact.reporting.domain.GoodPracticeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoodPractice")
public record GoodPracticeView(
    @Schema(example = "6f1c2b9e-3d4a-4f7e-9a51-1c2d3e4f5a6b") UUID id,
    @Schema(
            description = "The submitting signatory",
            example = "2b7e4c1a-8f3d-4e6b-9c2a-5d1e7f3a9b4c")
        UUID organisationId,
    @Schema(example = "Joint consultation on the community plan") String title,
    @Schema(example = "The council and the CVS planned the consultation together.")
        String description,
    @Schema(example = "2024-06-15") LocalDate occurredOn,
    @Schema(example = "APPROVED") GoodPracticeStatus status,
    @Schema(example = "2024-06-20T10:00:00Z") Instant submittedAt,
    @Schema(example = "2024-07-01T14:30:00Z") Instant curatedAt,
    @Schema(
            description = "Shown to compact-admin and the submitting organisation only",
            example = "Please describe what the Compact changed")
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
