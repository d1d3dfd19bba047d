package org.compact.contracts;

/**
 * Marker for event payloads. Every payload names the aggregate it belongs to and carries the
 * business date of what happened, so the annual report counts by that date, not processing time.
 */
public interface EventPayload {
  /** Id of the aggregate (signatory, plan, action, dispute, consultation) as a string. */
  String aggregateId();
}
