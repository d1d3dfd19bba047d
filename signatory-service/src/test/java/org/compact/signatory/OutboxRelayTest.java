package org.compact.signatory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.platform.outbox.Outbox;
import org.compact.platform.outbox.OutboxRelay;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.SharedKafka;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The transactional outbox on a real PostgreSQL and a real Kafka broker. */
@QuarkusTest
class OutboxRelayTest {
  @Inject Outbox outbox;
  @Inject OutboxRelay relay;
  @Inject DataSource dataSource;

  @Test
  void committedWriteIsPublishedAndRolledBackWriteIsNot() {
    UUID rolledBack = UUID.randomUUID();
    UUID committed = UUID.randomUUID();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                outbox.record(1, registered(rolledBack, "never"));
                throw new IllegalStateException("the use case fails after writing its event");
              });
    } catch (IllegalStateException expected) {
      // the transaction rolled back
    }
    QuarkusTransaction.requiringNew().run(() -> outbox.record(1, registered(committed, "kept")));

    Db db = new Db(dataSource);
    assertThat(
            db.count(
                "select count(*) from outbox_event where aggregate_id = ?", rolledBack.toString()))
        .isZero();
    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      capture.awaitRecord(r -> committed.toString().equals(r.key()), Duration.ofSeconds(30));
      assertThat(capture.drain(Duration.ofMillis(500)))
          .noneMatch(r -> rolledBack.toString().equals(r.key()));
    }
  }

  @Test
  void rowsWrittenWhileKafkaIsDownArePublishedAfterItReturns() {
    Db db = new Db(dataSource);
    List<String> ids = new ArrayList<>();
    SharedKafka.stopBroker();
    try {
      for (int i = 0; i < 5; i++) {
        ids.add(
            given()
                .auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Outage Org " + i + "\",\"sector\":\"VCS\",\"kind\":\"charity\"}")
                .post("/signatories")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
      }
      assertThat(pendingOf(db, ids))
          .as("nothing can be published while the broker is down")
          .isEqualTo(5);
    } finally {
      SharedKafka.startBroker();
    }
    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      for (String id : ids) {
        capture.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(60));
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (pendingOf(db, ids) > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(pendingOf(db, ids)).isZero();
  }

  @Test
  void twoRelaysNeverPublishARowTwiceOrOutOfOrder() throws Exception {
    List<UUID> aggregates = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      aggregates.add(UUID.randomUUID());
    }
    Set<String> keys = new HashSet<>();
    aggregates.forEach(a -> keys.add(a.toString()));
    Db db = new Db(dataSource);
    relay.pause();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                for (int version = 1; version <= 20; version++) {
                  for (UUID aggregate : aggregates) {
                    outbox.record(version, registered(aggregate, "v" + version));
                  }
                }
              });
      Callable<Integer> relayInstance =
          () -> {
            int published = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pendingOf(db, keys) > 0 && System.nanoTime() < deadline) {
              published += relay.relayBatch(7).published();
            }
            return published;
          };
      ExecutorService instances = Executors.newFixedThreadPool(2);
      Future<Integer> first = instances.submit(relayInstance);
      Future<Integer> second = instances.submit(relayInstance);
      first.get(90, TimeUnit.SECONDS);
      second.get(90, TimeUnit.SECONDS);
      instances.shutdown();
    } finally {
      relay.resume();
    }
    assertThat(pendingOf(db, keys)).isZero();

    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      String last = aggregates.get(aggregates.size() - 1).toString();
      capture.awaitRecord(
          r -> last.equals(r.key()) && EventCodec.read(r.value()).aggregateVersion() == 20,
          Duration.ofSeconds(30));
      List<ConsumerRecord<String, String>> ours =
          capture.drain(Duration.ofMillis(500)).stream()
              .filter(r -> keys.contains(r.key()))
              .toList();
      assertThat(ours).as("each of the 200 rows exactly once; " + capture.positions()).hasSize(200);
      Map<String, Long> lastVersion = new HashMap<>();
      Set<UUID> eventIds = new HashSet<>();
      for (ConsumerRecord<String, String> record : ours) {
        EventEnvelope event = EventCodec.read(record.value());
        assertThat(eventIds.add(event.eventId())).isTrue();
        long previous = lastVersion.getOrDefault(record.key(), 0L);
        assertThat(event.aggregateVersion()).as("order per aggregate").isEqualTo(previous + 1);
        lastVersion.put(record.key(), event.aggregateVersion());
      }
    }
  }

  private static long pendingOf(Db db, java.util.Collection<String> aggregateIds) {
    return db.count(
        "select count(*) from outbox_event where published_at is null and aggregate_id = any(?)",
        (Object) aggregateIds.toArray(String[]::new));
  }

  private static SignatoryRegistered registered(UUID id, String name) {
    return new SignatoryRegistered(
        id, name, "VCS", "charity", null, "PROSPECT", LocalDate.of(2026, 11, 23), List.of());
  }
}
