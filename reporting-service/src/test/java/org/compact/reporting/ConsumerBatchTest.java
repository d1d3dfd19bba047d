package org.compact.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.reporting.Reports.newlySignedVcs;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.platform.config.ConsumerSettings;
import org.compact.reporting.events.ConsumerState;
import org.compact.reporting.events.ReadModelConsumer;
import org.compact.reporting.events.ReadModelWriter;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;

/**
 * The records of one poll are applied in one transaction; a record the handler cannot apply sends
 * the poll back to one transaction per record, which dead-letters it. Records are published while
 * the consumer is stopped (same key, so one partition) and it is then started, so they arrive in
 * one poll. Dates in 2043-46 keep other tests' figures apart.
 */
@QuarkusTest
class ConsumerBatchTest {
  private static final String PROCESSED =
      "select count(*) from processed_event where consumer = ? and event_id = ?";

  @Inject DataSource dataSource;
  @Inject ReadModelConsumer consumer;
  @Inject ConsumerSettings settings;

  private static EventEnvelope signed(LocalDate on) {
    return TestEvents.envelope(
        1, new SignatorySigned(UUID.randomUUID(), "Batch Org", "VCS", "charity", on, List.of()));
  }

  /**
   * A valid event the handler cannot store: PostgreSQL text cannot hold the zero character in its
   * aggregate id, so the fact insert fails while the database answers.
   */
  private static EventEnvelope unstorable(LocalDate on) {
    EventEnvelope valid = signed(on);
    return new EventEnvelope(
        valid.eventId(),
        valid.type(),
        valid.schemaVersion(),
        valid.aggregateType(),
        "poison" + (char) 0 + valid.aggregateId(),
        valid.aggregateVersion(),
        valid.occurredAt(),
        valid.payload());
  }

  private long processed(TestEvents events, EventEnvelope envelope) {
    return events.db().count(PROCESSED, ReadModelWriter.CONSUMER, envelope.eventId());
  }

  private long position(TestEvents events, RecordMetadata record) {
    return events
        .db()
        .count(
            "select coalesce(max(next_offset), -1) from consumer_position"
                + " where consumer = ? and topic = ? and partition = ?",
            ReadModelWriter.CONSUMER,
            record.topic(),
            record.partition());
  }

  /** Metrics are counted after the commit the facts are awaited by: wait for them too. */
  private ConsumerState awaitCounted(long applied, long deadLettered) {
    TestEvents.await(
        () ->
            consumer.state().applied() >= applied
                && consumer.state().deadLettered() >= deadLettered,
        "outcomes counted");
    return consumer.state();
  }

  @Test
  void aRecordTheHandlerCannotApplyIsDeadLetteredAndTheRestOfItsPollAppliedOnce() {
    try (TestEvents events = new TestEvents(dataSource)) {
      String key = UUID.randomUUID().toString();
      int reportBefore = newlySignedVcs(2043);
      ConsumerState before = consumer.state();
      List<EventEnvelope> good = new ArrayList<>();
      EventEnvelope poison = unstorable(LocalDate.of(2043, 5, 15));
      RecordMetadata poisonRecord;
      RecordMetadata last = null;
      consumer.stop();
      try {
        for (int i = 0; i < 4; i++) {
          good.add(signed(LocalDate.of(2043, 5, 1 + i)));
          events.publishWithKey(key, good.getLast());
        }
        poisonRecord = events.publishWithKey(key, poison);
        for (int i = 0; i < 3; i++) {
          good.add(signed(LocalDate.of(2043, 6, 1 + i)));
          last = events.publishWithKey(key, good.getLast());
        }
      } finally {
        consumer.start();
      }
      events.awaitApplied(good.toArray(EventEnvelope[]::new));
      ConsumerState after = awaitCounted(before.applied() + 7, before.deadLettered() + 1);

      for (EventEnvelope envelope : good) {
        assertThat(events.facts(envelope.eventId())).isEqualTo(1);
        assertThat(processed(events, envelope)).isEqualTo(1);
      }
      assertThat(after.applied())
          .as("each good event counted once")
          .isEqualTo(before.applied() + 7);
      assertThat(newlySignedVcs(2043)).isEqualTo(reportBefore + 7);
      assertThat(
              events
                  .db()
                  .count(
                      "select count(*) from consumer_dead_letter where consumer = ? and topic = ?"
                          + " and kafka_partition = ? and kafka_offset = ?",
                      ReadModelWriter.CONSUMER,
                      poisonRecord.topic(),
                      poisonRecord.partition(),
                      poisonRecord.offset()))
          .as("the poison record is dead-lettered")
          .isEqualTo(1);
      assertThat(after.deadLettered()).isEqualTo(before.deadLettered() + 1);
      assertThat(after.failedAttempts())
          .as("dead-lettered after the configured attempts")
          .isEqualTo(before.failedAttempts() + settings.maxAttempts());
      assertThat(processed(events, poison)).isZero();
      assertThat(events.facts(poison.eventId())).isZero();
      assertThat(position(events, last)).as("past every record").isEqualTo(last.offset() + 1);
      assertThat(consumer.state().running()).isTrue();
    }
  }

  @Test
  void anEventTwiceInOnePollIsAppliedOnceAndThePollIsOneTransaction() {
    try (TestEvents events = new TestEvents(dataSource)) {
      String key = UUID.randomUUID().toString();
      int reportBefore = newlySignedVcs(2044);
      ConsumerState before = consumer.state();
      EventEnvelope first = signed(LocalDate.of(2044, 5, 1));
      EventEnvelope second = signed(LocalDate.of(2044, 6, 1));
      RecordMetadata last;
      consumer.stop();
      try {
        events.publishWithKey(key, first);
        events.publishWithKey(key, first);
        last = events.publishWithKey(key, second);
      } finally {
        consumer.start();
      }
      events.awaitApplied(first, second);
      TestEvents.await(
          () -> consumer.state().duplicates() > before.duplicates(), "the repeat counted");
      ConsumerState after = awaitCounted(before.applied() + 2, before.deadLettered());

      assertThat(events.facts(first.eventId())).isEqualTo(1);
      assertThat(processed(events, first)).isEqualTo(1);
      assertThat(after.applied()).isEqualTo(before.applied() + 2);
      assertThat(after.duplicates()).isEqualTo(before.duplicates() + 1);
      assertThat(newlySignedVcs(2044)).as("the repeat is not counted").isEqualTo(reportBefore + 2);
      assertThat(position(events, last)).isEqualTo(last.offset() + 1);
      assertThat(
              events
                  .db()
                  .count(
                      "select count(distinct xmin::text) from (select xmin from processed_event"
                          + " where consumer = ? and event_id in (?, ?) union all"
                          + " select xmin from report_fact where event_id in (?, ?)) poll",
                      ReadModelWriter.CONSUMER,
                      first.eventId(),
                      second.eventId(),
                      first.eventId(),
                      second.eventId()))
          .as("marks and facts of the poll written by one transaction")
          .isEqualTo(1);
    }
  }

  @Test
  void theDriverSendsBatchedInsertsAsMultiRowInserts() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(
              connection
                  .unwrap(BaseConnection.class)
                  .getQueryExecutor()
                  .isReWriteBatchedInsertsEnabled())
          .isTrue();
    }
  }

  @Test
  void afterARestartTheConsumerResumesFromTheStoredPositionWithoutReapplying() {
    try (TestEvents events = new TestEvents(dataSource)) {
      String key = UUID.randomUUID().toString();
      int reportBefore = newlySignedVcs(2045);
      List<EventEnvelope> batch = new ArrayList<>();
      RecordMetadata last = null;
      consumer.stop();
      try {
        for (int i = 0; i < 5; i++) {
          batch.add(signed(LocalDate.of(2045, 5, 1 + i)));
          last = events.publishWithKey(key, batch.getLast());
        }
      } finally {
        consumer.start();
      }
      events.awaitApplied(batch.toArray(EventEnvelope[]::new));
      assertThat(position(events, last)).isEqualTo(last.offset() + 1);

      consumer.stop();
      ConsumerState stopped = consumer.state();
      consumer.start();
      EventEnvelope later = signed(LocalDate.of(2045, 7, 1));
      RecordMetadata laterRecord = events.publishWithKey(key, later);
      events.awaitApplied(later);
      ConsumerState after = awaitCounted(stopped.applied() + 1, stopped.deadLettered());

      assertThat(after.applied()).as("only the new event").isEqualTo(stopped.applied() + 1);
      assertThat(after.duplicates())
          .as("nothing before the stored position was read again")
          .isEqualTo(stopped.duplicates());
      for (EventEnvelope envelope : batch) {
        assertThat(events.facts(envelope.eventId())).isEqualTo(1);
        assertThat(processed(events, envelope)).isEqualTo(1);
      }
      assertThat(position(events, laterRecord)).isEqualTo(laterRecord.offset() + 1);
      assertThat(newlySignedVcs(2045)).isEqualTo(reportBefore + 6);
    }
  }
}
