package org.compact.platform.consumer;

import java.util.List;

/**
 * An {@link EventHandler} that applies the new events of a whole poll at once (e.g. one JDBC batch
 * of inserts). {@link #applyAll} runs inside the poll's single transaction, together with the
 * processed-event marks and the positions; when that transaction fails the stream falls back to one
 * transaction per record and calls {@link #apply} instead, so both must write the same.
 */
public interface BatchEventHandler extends EventHandler {
  /**
   * Applies known events not applied before (each event id once), in the order they were read from
   * each partition.
   */
  default void applyAll(List<ConsumedEvent> events) {
    events.forEach(this::apply);
  }
}
