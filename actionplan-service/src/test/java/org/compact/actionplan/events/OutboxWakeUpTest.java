package org.compact.actionplan.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.platform.outbox.Outbox;
import org.compact.platform.outbox.OutboxRelay;
import org.compact.testsupport.Db;
import org.junit.jupiter.api.Test;

/**
 * platform-lib's outbox relay polls only every 2 s: a commit that recorded events must wake it,
 * once per transaction however many events it holds, and a rollback must not. The backlog gauge
 * goes back to 0 once the relay has published everything.
 */
@QuarkusTest
class OutboxWakeUpTest {
  @Inject Outbox outbox;
  @Inject OutboxRelay relay;
  @Inject MeterRegistry registry;
  @Inject DataSource dataSource;

  @Test
  void aCommitWakesTheRelayOnceAndARollbackDoesNot() {
    long before = relay.wakeUps();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                outbox.record(0, created(UUID.randomUUID()));
                throw new IllegalStateException("the use case fails after recording its event");
              });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(relay.wakeUps()).as("a rolled-back transaction").isEqualTo(before);

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < 5; i++) {
                outbox.record(0, created(UUID.randomUUID()));
              }
            });
    assertThat(relay.wakeUps()).as("one commit with five events").isEqualTo(before + 1);
  }

  @Test
  void theBacklogGaugeShowsPendingEventsAndReturnsToZeroOncePublished() {
    Db db = new Db(dataSource);
    UUID plan = UUID.randomUUID();
    relay.pause();
    try {
      QuarkusTransaction.requiringNew().run(() -> outbox.record(0, created(plan)));
      assertThat(relay.pendingCount()).isPositive();
      assertThat(gauge()).isPositive();
    } finally {
      relay.resume();
    }
    relay.wakeUp();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((gauge() > 0 || unpublished(db, plan) > 0) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(unpublished(db, plan)).isZero();
    assertThat(gauge()).isZero();
  }

  private double gauge() {
    return registry.get("compact.outbox.pending").gauge().value();
  }

  private static long unpublished(Db db, UUID plan) {
    return db.count(
        "select count(*) from outbox_event where aggregate_id = ? and published_at is null",
        plan.toString());
  }

  private static PlanCreated created(UUID plan) {
    return new PlanCreated(plan, "Wake-up plan", "2009-10", LocalDate.of(2026, 11, 23));
  }
}
