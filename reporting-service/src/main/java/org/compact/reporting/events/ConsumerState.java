package org.compact.reporting.events;

import java.time.Instant;
import java.util.Map;
import org.compact.platform.consumer.StreamState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the read-model consumer stands (admin view and readiness). */
@Schema(name = "ConsumerState")
public record ConsumerState(
    @Schema(description = "The consumer thread runs", example = "true") boolean running,
    @Schema(description = "Every partition of the four topics is assigned", example = "true")
        boolean assigned,
    @Schema(description = "A rebuild is replaying the topics", example = "false")
        boolean rebuilding,
    @Schema(example = "2025-04-02T09:15:00Z") Instant rebuildStartedAt,
    @Schema(example = "2025-04-02T09:15:42Z") Instant rebuildFinishedAt,
    @Schema(
            description = "Records not yet applied, per topic (-1 while unknown)",
            example = "{\"compact.signatories\":0,\"compact.actionplans\":3}")
        Map<String, Long> lag,
    @Schema(example = "1250") long applied,
    @Schema(example = "4") long duplicates,
    @Schema(example = "1") long skipped,
    @Schema(example = "0") long deadLettered,
    @Schema(example = "0") long failedAttempts) {

  static ConsumerState of(StreamState stream) {
    return new ConsumerState(
        stream.running(),
        stream.assigned(),
        stream.replaying(),
        stream.replayStartedAt(),
        stream.replayFinishedAt(),
        stream.lag(),
        stream.applied(),
        stream.duplicates(),
        stream.skipped(),
        stream.deadLettered(),
        stream.failedAttempts());
  }

  public boolean ready() {
    return running && assigned && !rebuilding;
  }
}
