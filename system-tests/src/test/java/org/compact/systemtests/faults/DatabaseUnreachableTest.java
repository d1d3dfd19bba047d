package org.compact.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.compact.systemtests.stack.Await;
import org.compact.systemtests.stack.HttpResult;
import org.compact.systemtests.stack.SystemStack;
import org.compact.systemtests.stack.Timings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault 2: consultation-service's database is closed to connections and its open connections are
 * terminated. The service must answer 503 problem+json (reads and writes) and report readiness
 * DOWN, while every other service keeps serving (positive control); when the database opens again
 * the same process recovers by itself, without a restart.
 */
class DatabaseUnreachableTest {
  static final String VICTIM = "consultation";
  static final Duration WITHIN = Duration.ofSeconds(90);

  /** A public read that needs the database, per service of the stack (others: readiness only). */
  static final Map<String, String> DATABASE_READS =
      Map.of(
          "signatory", "register?size=1",
          "actionplan", "plans?size=1",
          "dispute", "dispute-summaries?size=1",
          "consultation", "consultations?size=1",
          "reporting", "good-practice?size=1");

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void theServiceAnswers503AndIsNotReadyWhileTheOthersServeAndItRecoversByItself() {
    SystemStack stack = SystemStack.shared();
    Writes writes = new Writes(stack);
    var victim = stack.client(VICTIM);
    long pid = stack.pid(VICTIM);
    assertThat(victim.get(DATABASE_READS.get(VICTIM)).status()).isEqualTo(200);
    assertThat(stack.readiness(VICTIM)).isEqualTo(200);
    UUID owner = UUID.randomUUID();

    long closedAt = System.nanoTime();
    HttpResult unavailable;
    try {
      stack.closeDatabase(VICTIM);
      unavailable =
          Await.value(
              VICTIM + "-service answering 503",
              WITHIN,
              () -> {
                HttpResult r = victim.get(DATABASE_READS.get(VICTIM));
                return r.status() == 503 ? java.util.Optional.of(r) : java.util.Optional.empty();
              });
      Duration toUnavailable = Duration.ofNanos(System.nanoTime() - closedAt);
      unavailable.expectProblem(503);
      assertThat(unavailable.body()).doesNotContain("Exception").doesNotContain("\tat ");
      HttpResult write =
          writes.consultation(
              owner,
              "While the database is closed",
              LocalDate.of(2002, 5, 1),
              LocalDate.of(2002, 8, 1));
      write.expectProblem(503);
      HttpResult readiness = victim.get("q/health/ready");
      assertThat(readiness.status()).as("readiness of " + VICTIM).isEqualTo(503);
      assertThat(readiness.body()).contains("DOWN");

      // positive control: every other service serves, its database included
      for (String other : stack.services()) {
        if (other.equals(VICTIM)) {
          continue;
        }
        assertThat(stack.readiness(other)).as("readiness of " + other).isEqualTo(200);
        String read = DATABASE_READS.get(other);
        if (read != null) {
          stack.client(other).get(read).expect(200);
        }
      }
      Timings.report(
          "fault 2: %s database closed: 503 problem+json after %s, readiness DOWN; the other %d"
              + " services ready and serving",
          VICTIM, Timings.seconds(toUnavailable), stack.services().size() - 1);
    } finally {
      stack.openDatabase(VICTIM);
    }

    long openedAt = System.nanoTime();
    Await.until(
        VICTIM + "-service serving again",
        WITHIN,
        () ->
            victim.get(DATABASE_READS.get(VICTIM)).status() == 200
                && stack.readiness(VICTIM) == 200);
    Duration recovery = Duration.ofNanos(System.nanoTime() - openedAt);
    writes
        .consultation(
            owner,
            "After the database came back",
            LocalDate.of(2002, 5, 1),
            LocalDate.of(2002, 8, 1))
        .expect(201);
    assertThat(stack.pid(VICTIM))
        .as("recovered without a restart: the same process")
        .isEqualTo(pid);
    Timings.report(
        "fault 2 proves: %s-service answered 503 and was not ready while its database was closed,"
            + " the others served, and it recovered by itself %s after the database reopened",
        VICTIM, Timings.seconds(recovery));
  }
}
