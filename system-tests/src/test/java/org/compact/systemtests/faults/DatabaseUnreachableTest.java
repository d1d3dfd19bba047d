package org.compact.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.compact.systemtests.stack.Await;
import org.compact.systemtests.stack.HttpResult;
import org.compact.systemtests.stack.ServiceClient;
import org.compact.systemtests.stack.SystemStack;
import org.compact.systemtests.stack.Timings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault 2: consultation-service's database is closed to connections and its open connections are
 * terminated. Every request that needs the database must get 503 problem+json (never a 500), the
 * service must report readiness DOWN, every other service keeps serving (positive control), and
 * when the database opens again the same process recovers by itself, without a restart. All checks
 * run; the problems are listed together at the end.
 */
@org.junit.jupiter.api.Order(4)
class DatabaseUnreachableTest {
  static final String VICTIM = "consultation";
  static final Duration WITHIN = Duration.ofSeconds(90);
  static final int REQUESTS_WHILE_CLOSED = 6;

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
    ServiceClient victim = stack.client(VICTIM);
    String read = DATABASE_READS.get(VICTIM);
    long pid = stack.pid(VICTIM);
    victim.get(read).expect(200);
    assertThat(stack.readiness(VICTIM)).isEqualTo(200);
    UUID owner = UUID.randomUUID();
    SoftAssertions softly = new SoftAssertions();
    List<String> answers = new ArrayList<>();

    long closedAt = System.nanoTime();
    try {
      stack.closeDatabase(VICTIM);
      Await.value(
          VICTIM + "-service answering 503",
          WITHIN,
          () -> {
            HttpResult r = victim.get(read);
            answers.add(r.method() + " " + r.status());
            return r.status() == 503 ? Optional.of(r) : Optional.empty();
          });
      Duration toUnavailable = Duration.ofNanos(System.nanoTime() - closedAt);

      // every further request that needs the database: 503 problem+json, no stack trace
      for (int i = 0; i < REQUESTS_WHILE_CLOSED; i++) {
        HttpResult r =
            i % 2 == 0
                ? victim.get(read)
                : writes.consultation(
                    owner,
                    "While the database is closed " + i,
                    LocalDate.of(2002, 5, 1),
                    LocalDate.of(2002, 8, 1));
        answers.add(r.method() + " " + r.status());
        softly
            .assertThat(r.status())
            .as(r.describe() + " while the database is closed: " + r.body())
            .isEqualTo(503);
        softly.assertThat(r.contentType()).as(r.describe()).startsWith("application/problem+json");
        softly.assertThat(r.body()).as(r.describe()).doesNotContain("\tat ", "Exception:");
      }
      HttpResult readiness = victim.get("q/health/ready");
      softly.assertThat(readiness.status()).as("readiness of " + VICTIM).isEqualTo(503);
      softly.assertThat(readiness.body()).as("readiness body").contains("DOWN");

      // positive control: every other service serves, its database included
      for (String other : stack.services()) {
        if (other.equals(VICTIM)) {
          continue;
        }
        softly.assertThat(stack.readiness(other)).as("readiness of " + other).isEqualTo(200);
        String otherRead = DATABASE_READS.get(other);
        if (otherRead != null) {
          softly
              .assertThat(stack.client(other).get(otherRead).status())
              .as(other + " " + otherRead)
              .isEqualTo(200);
        }
      }
      Timings.report(
          "fault 2: %s database closed: first 503 problem+json after %s; answers while closed: %s;"
              + " readiness %d",
          VICTIM, Timings.seconds(toUnavailable), answers, readiness.status());
    } finally {
      stack.openDatabase(VICTIM);
    }

    long openedAt = System.nanoTime();
    Await.until(
        VICTIM + "-service serving again",
        WITHIN,
        () -> victim.get(read).status() == 200 && stack.readiness(VICTIM) == 200);
    Duration recovery = Duration.ofNanos(System.nanoTime() - openedAt);
    writes
        .consultation(
            owner,
            "After the database came back",
            LocalDate.of(2002, 5, 1),
            LocalDate.of(2002, 8, 1))
        .expect(201);
    softly
        .assertThat(stack.pid(VICTIM))
        .as("recovered without a restart: the same process")
        .isEqualTo(pid);
    Timings.report(
        "fault 2 proves: the other %d services kept serving while %s's database was closed, and"
            + " %s-service recovered by itself %s after it reopened (same pid %d)",
        stack.services().size() - 1, VICTIM, VICTIM, Timings.seconds(recovery), pid);
    softly.assertAll();
  }
}
