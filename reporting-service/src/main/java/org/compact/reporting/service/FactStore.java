package org.compact.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.reporting.domain.Fact;
import org.jboss.logging.Logger;

/** Reads the facts of the read model back as typed payloads. */
@ApplicationScoped
public class FactStore {
  private static final Logger LOG = Logger.getLogger(FactStore.class);

  @Inject EntityManager em;

  /**
   * Every fact, in no particular order: the calculator groups them by aggregate and folds each
   * aggregate's facts sorted by business date or version (ties broken by event id).
   */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<Fact> all() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select event_id, event_type, aggregate_id, aggregate_version, occurred_at,"
                    + " business_date, payload from report_fact")
            .getResultList();
    List<Fact> facts = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      toFact(row).ifPresent(facts::add);
    }
    return facts;
  }

  private Optional<Fact> toFact(Object[] row) {
    Optional<EventType> type = EventType.fromType((String) row[1]);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      EventPayload payload =
          EventCodec.mapper().readValue((String) row[6], type.get().payloadClass());
      return Optional.of(
          new Fact(
              (UUID) row[0],
              type.get(),
              (String) row[2],
              ((Number) row[3]).longValue(),
              instant(row[4]),
              date(row[5]),
              payload));
    } catch (JsonProcessingException e) {
      LOG.warnf("fact %s cannot be read back: %s", row[0], e.getOriginalMessage());
      return Optional.empty();
    }
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Instant i -> i;
      case OffsetDateTime o -> o.toInstant();
      case java.sql.Timestamp t -> t.toInstant();
      default -> Instant.parse(value.toString());
    };
  }

  private static LocalDate date(Object value) {
    return switch (value) {
      case null -> null;
      case LocalDate d -> d;
      case Date d -> d.toLocalDate();
      default -> LocalDate.parse(value.toString());
    };
  }

  @Transactional
  public long count() {
    return ((Number) em.createNativeQuery("select count(*) from report_fact").getSingleResult())
        .longValue();
  }
}
