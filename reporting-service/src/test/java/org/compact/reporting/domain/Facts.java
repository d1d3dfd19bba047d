package org.compact.reporting.domain;

import java.time.Instant;
import java.util.UUID;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;

/** Builds facts as the consumer stores them, for the pure domain tests. */
final class Facts {
  private Facts() {}

  static Fact fact(long aggregateVersion, EventPayload payload) {
    EventType type = EventType.forPayload(payload.getClass()).orElseThrow();
    Instant occurred = Instant.parse("2030-01-01T12:00:00Z"); // processing time never counts
    return new Fact(
        UUID.randomUUID(),
        type,
        payload.aggregateId(),
        aggregateVersion,
        occurred,
        FactDates.businessDate(payload, occurred),
        payload);
  }
}
