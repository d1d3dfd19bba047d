package org.compact.platform.consumer;

/** What happened to one consumed record. */
public enum ConsumeOutcome {
  /** A new, known event: the handler ran. */
  APPLIED,
  /** Its event id was processed before (redelivery or replay): nothing changed. */
  DUPLICATE,
  /** An unknown type or a newer schema version: marked processed, not applied. */
  SKIPPED,
  /** Not an event, or it kept failing while the database answered: kept in the dead letters. */
  DEAD_LETTERED
}
