package org.compact.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.reporting.events.ReadModelConsumer;
import org.compact.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;

/**
 * While the read model's database refuses connections the consumer retries the same record with
 * back-off; once the database is back every event is applied and nothing is dead-lettered.
 */
@QuarkusTest
class DatabaseOutageTest {
  private static final String DEAD_LETTERS = "select count(*) from consumer_dead_letter";

  @Inject DataSource dataSource;
  @Inject ReadModelConsumer consumer;

  private static void onServer(String... statements) {
    String url = SharedPostgres.server().getJdbcUrl(SharedPostgres.USER, "postgres");
    try (Connection connection =
            DriverManager.getConnection(url, SharedPostgres.USER, SharedPostgres.PASSWORD);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SignatorySigned signed(LocalDate on) {
    return new SignatorySigned(UUID.randomUUID(), "Outage Org", "VCS", "charity", on, List.of());
  }

  @Test
  void eventsPublishedDuringADatabaseOutageAreAppliedOnceItIsBack() {
    try (TestEvents events = new TestEvents(dataSource)) {
      long deadLetters = events.db().count(DEAD_LETTERS);
      long failedBefore = consumer.state().failedAttempts();
      EventEnvelope first;
      EventEnvelope second;
      try {
        onServer(
            "alter database reporting allow_connections false",
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'reporting'");
        first = events.publish(1, signed(LocalDate.of(2060, 5, 1)));
        second = events.publish(1, signed(LocalDate.of(2060, 6, 1)));
        TestEvents.await(
            () -> consumer.state().failedAttempts() > failedBefore, "the consumer met the outage");
      } finally {
        onServer("alter database reporting allow_connections true");
      }
      events.awaitApplied(first, second);
      assertThat(events.db().count(DEAD_LETTERS)).isEqualTo(deadLetters);
      assertThat(consumer.state().running()).isTrue();
    }
  }
}
