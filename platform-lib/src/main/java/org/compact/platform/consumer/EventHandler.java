package org.compact.platform.consumer;

/**
 * Applies one known event that this consumer has not applied before. Runs inside the transaction
 * that also marks the event processed and stores the stream's position, so a throw undoes all.
 */
@FunctionalInterface
public interface EventHandler {
  void apply(ConsumedEvent event);
}
