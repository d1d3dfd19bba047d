package org.compact.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;

/**
 * One applied event as the read model keeps it: the typed payload keyed by aggregate id and
 * version. Figures are folded from facts at query time, so the order they arrived in never matters.
 */
public record Fact(
    UUID eventId,
    EventType type,
    String aggregateId,
    long aggregateVersion,
    Instant occurredAt,
    LocalDate businessDate,
    EventPayload payload) {

  /** Business order inside one aggregate: by business date, then by aggregate version. */
  public static final Comparator<Fact> BY_DATE_THEN_VERSION =
      Comparator.comparing(Fact::businessDate, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingLong(Fact::aggregateVersion)
          .thenComparing(Fact::eventId);

  /** Producer order inside one aggregate: the aggregate version. */
  public static final Comparator<Fact> BY_VERSION =
      Comparator.comparingLong(Fact::aggregateVersion).thenComparing(Fact::eventId);

  public <T extends EventPayload> T as(Class<T> type) {
    return type.cast(payload);
  }
}
