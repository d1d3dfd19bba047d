package org.compact.actionplan.domain.table;

import java.util.List;
import java.util.UUID;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;

/** One action's content; texts are kept as written (trimmed), null when empty. */
public record ActionDraft(
    String description,
    Priority priority,
    String timescale,
    String lead,
    List<UUID> leadSignatoryIds,
    String resources,
    String measuresOfSuccess,
    ActionStatus status) {
  public ActionDraft {
    leadSignatoryIds = leadSignatoryIds == null ? List.of() : List.copyOf(leadSignatoryIds);
    status = status == null ? ActionStatus.NOT_STARTED : status;
  }
}
