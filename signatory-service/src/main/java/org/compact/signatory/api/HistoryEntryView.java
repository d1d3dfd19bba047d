package org.compact.signatory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.signatory.domain.HistoryAction;
import org.compact.signatory.domain.HistoryEntry;
import org.compact.signatory.domain.SignatoryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One step in an organisation's history")
public record HistoryEntryView(
    @Schema(example = "2009-04-01T09:30:00Z") Instant occurredAt,
    @Schema(example = "2009-04-01", description = "Business date (signedOn, withdrawnOn, …)")
        LocalDate businessDate,
    HistoryAction action,
    SignatoryStatus fromStatus,
    SignatoryStatus toStatus,
    @Schema(example = "admin-1", description = "Token sub of who did it") String actor,
    @Schema(example = "Chief Executive") String signedBy,
    @Schema(example = "The organisation has closed") String reason,
    @Schema(example = "[\"FUNDING\",\"CONSULTATION\"]") List<String> codesOfPractice,
    @Schema(example = "[\"website\"]") List<String> changedFields,
    @Schema(
            description = "The contact added or erased (the id only)",
            example = "0b6f3c1e-8d2a-4f7b-9c41-2e5d7a9f1c30")
        UUID contactId,
    @Schema(example = "true", description = "For CHAMPION_CHANGED: whether there is one now")
        Boolean hasChampion) {

  static HistoryEntryView of(HistoryEntry entry) {
    return new HistoryEntryView(
        entry.occurredAt,
        entry.businessDate,
        entry.action,
        entry.fromStatus,
        entry.toStatus,
        entry.actor,
        entry.signedBy,
        entry.reason,
        entry.codesOfPractice,
        entry.changedFields,
        entry.contactId,
        entry.hasChampion);
  }
}
