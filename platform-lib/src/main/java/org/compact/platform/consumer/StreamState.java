package org.compact.platform.consumer;

import java.time.Instant;
import java.util.Map;

/** Where an event stream stands: thread, assignment, replay, lag per topic and counts. */
public record StreamState(
    String consumer,
    boolean running,
    boolean assigned,
    boolean replaying,
    Instant replayStartedAt,
    Instant replayFinishedAt,
    Map<String, Long> lag,
    long applied,
    long duplicates,
    long skipped,
    long deadLettered,
    long failedAttempts) {

  /** Running with every partition assigned and not replaying. */
  public boolean ready() {
    return running && assigned && !replaying;
  }
}
