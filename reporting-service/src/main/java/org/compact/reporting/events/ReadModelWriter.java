package org.compact.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.platform.consumer.BatchEventHandler;
import org.compact.platform.consumer.ConsumedEvent;
import org.compact.platform.time.TimeSource;
import org.compact.reporting.domain.FactDates;
import org.hibernate.Session;

/**
 * The read model's writes. Facts are inserted in the stream's transaction, together with the
 * processed-event marks and the partitions' next offsets, so a crash or redelivery never applies
 * twice and never skips. A poll's facts go out as one JDBC batch (the datasource rewrites it into
 * multi-row inserts: {@code reWriteBatchedInserts}).
 */
@ApplicationScoped
public class ReadModelWriter implements BatchEventHandler {
  public static final String CONSUMER = "reporting-read-model";

  private static final String INSERT_FACT =
      "insert into report_fact (event_id, topic, event_type, schema_version, aggregate_type,"
          + " aggregate_id, aggregate_version, occurred_at, business_date, payload, applied_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Inject EntityManager em;
  @Inject TimeSource time;

  /** One known, new event as a fact (inside the stream's transaction). */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(ConsumedEvent event) {
    applyAll(List.of(event));
  }

  /** Known, new events as facts, one JDBC batch (inside the stream's transaction). */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void applyAll(List<ConsumedEvent> events) {
    OffsetDateTime appliedAt = utc(time.now());
    em.unwrap(Session.class).doWork(connection -> insertFacts(connection, events, appliedAt));
  }

  private static void insertFacts(
      Connection connection, List<ConsumedEvent> events, OffsetDateTime appliedAt)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_FACT)) {
      for (ConsumedEvent event : events) {
        EventEnvelope envelope = event.envelope();
        EventType type = event.type().orElseThrow();
        EventPayload payload = event.requirePayload();
        LocalDate businessDate = FactDates.businessDate(payload, envelope.occurredAt());
        insert.setObject(1, envelope.eventId());
        insert.setString(2, event.topic());
        insert.setString(3, type.type());
        insert.setInt(4, envelope.schemaVersion());
        insert.setString(5, type.aggregateType());
        insert.setString(6, envelope.aggregateId());
        insert.setLong(7, envelope.aggregateVersion());
        if (envelope.occurredAt() == null) {
          insert.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
          insert.setObject(8, utc(envelope.occurredAt()));
        }
        if (businessDate == null) {
          insert.setNull(9, Types.DATE);
        } else {
          insert.setObject(9, businessDate);
        }
        insert.setString(10, EventCodec.mapper().valueToTree(payload).toString());
        insert.setObject(11, appliedAt);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * Drops every fact (inside the stream's transaction that also forgets its positions, processed
   * marks and dead letters).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void dropFacts() {
    em.createNativeQuery("truncate report_fact").executeUpdate();
  }
}
