package org.compact.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.compact.systemtests.stack.Await;
import org.compact.systemtests.stack.HttpResult;
import org.compact.systemtests.stack.SystemStack;
import org.compact.systemtests.stack.Timings;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault 1: the Kafka broker is killed with SIGKILL in the middle of a burst of 5,000 writes by
 * concurrent clients across three services (signatory registrations, consultations, progress
 * notes), and started again on the same port and data. Every acknowledged write must be in its
 * service's database and be counted exactly once by reporting-service: one fact per write in the
 * read model, every outbox event applied once, and the report's consultation figure of the burst's
 * own review year (2098-99, planned consultations, which nothing else uses) grown by exactly the
 * acknowledged number. Writes must not fail for want of a broker: no 5xx, no unanswered request.
 */
@org.junit.jupiter.api.Order(5)
class KafkaBrokerKilledMidBurstTest {
  static final int WRITES = 5_000;
  static final int CLIENTS = 8;
  static final int KILL_AFTER = 1_500;
  static final int RESTART_AFTER = 3_500;
  static final int ACTIONS = 50;
  static final int YEAR = 2098;
  static final LocalDate OPENS = LocalDate.of(2098, 5, 4);
  static final LocalDate CLOSES = LocalDate.of(2098, 8, 3);
  static final Duration SETTLE = Duration.ofMinutes(5);

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void everyAcknowledgedWriteIsStoredAndCountedExactlyOnceAfterTheBrokerIsKilledMidBurst() {
    SystemStack stack = SystemStack.shared();
    Writes writes = new Writes(stack);
    ReadModelChecks checks = new ReadModelChecks(stack);
    String run = UUID.randomUUID().toString().substring(0, 8);
    UUID owner =
        UUID.fromString(
            writes.register("Burst owner " + run, "VCS").expect(201).json().get("id").asText());
    List<UUID> actions = writes.publishedPlanWithActions("Burst plan " + run, ACTIONS);
    stack.awaitEventsSettled(SETTLE);
    JsonNode before = report(stack);

    Burst burst =
        Burst.start(
            WRITES,
            CLIENTS,
            i -> {
              int kind = i % 10;
              if (kind < 4) {
                HttpResult r = writes.register("Burst org " + run + " " + i, "VCS");
                return Burst.acknowledged(
                    r, "registration", r.is2xx() ? r.json().get("id").asText() : null);
              } else if (kind < 7) {
                HttpResult r =
                    writes.consultation(
                        owner, "Burst consultation " + run + " " + i, OPENS, CLOSES);
                return Burst.acknowledged(
                    r, "consultation", r.is2xx() ? r.json().get("id").asText() : null);
              }
              HttpResult r = writes.progress(actions.get(i % actions.size()), "Burst note " + i);
              return Burst.acknowledged(
                  r, "progress", r.is2xx() ? r.json().at("/progress/id").asText() : null);
            });
    int ackedAtKill;
    int ackedAtRestart;
    long pendingAtRestart;
    try {
      Await.until(
          "1,500 writes acknowledged", SETTLE, () -> burst.acknowledgedSoFar() >= KILL_AFTER);
      stack.killKafka();
      ackedAtKill = burst.acknowledgedSoFar();
      Await.until(
          "3,500 writes acknowledged", SETTLE, () -> burst.finishedSoFar() >= RESTART_AFTER);
      pendingAtRestart = stack.events().pendingOutboxTotal();
      ackedAtRestart = burst.acknowledgedSoFar();
    } finally {
      stack.startKafka();
    }
    burst.await(SETTLE);
    Timings.report(
        "fault 1: %d writes in %s; Kafka SIGKILLed after %d acknowledged, restarted after %d;"
            + " %d outbox events were waiting at the restart",
        burst.total(),
        Timings.seconds(burst.elapsed()),
        ackedAtKill,
        ackedAtRestart,
        pendingAtRestart);
    // the outbox needs no broker: nothing fails for its death (refusals by a rule are listed)
    assertThat(burst.failures())
        .as("writes without an answer or with a 5xx")
        .noneMatch(f -> f.status() < 400 || f.status() >= 500);
    Timings.report(
        "fault 1: refused writes by status: %s %s",
        burst.failuresByStatus(),
        burst.failures().stream().limit(3).map(Burst.Failure::description).toList());
    assertThat(ackedAtRestart - ackedAtKill)
        .as("writes acknowledged while the broker was dead")
        .isPositive();
    assertThat(pendingAtRestart).as("events held back while the broker was dead").isPositive();

    stack.awaitEventsSettled(SETTLE);
    List<String> registrations = burst.ids("registration");
    List<String> consultations = burst.ids("consultation");
    List<String> notes = burst.ids("progress");

    // in each service's database
    assertThat(checks.storedRows("signatory", "organisation", registrations))
        .isEqualTo(registrations.size());
    assertThat(checks.storedRows("consultation", "consultation", consultations))
        .isEqualTo(consultations.size());
    assertThat(checks.storedRows("actionplan", "action_progress", notes)).isEqualTo(notes.size());

    // counted exactly once by the read model
    assertExactlyOnce(
        checks.factsPerAggregate("signatory.registered", registrations), registrations);
    assertExactlyOnce(
        checks.factsPerAggregate("consultation.scheduled", consultations), consultations);
    assertExactlyOnce(checks.progressFacts(notes), notes);
    assertThat(checks.exactlyOnceProblems()).as("outbox events against read-model facts").isEmpty();

    // and in the report
    JsonNode after = report(stack);
    int held = after.at("/figures/consultations/held").asInt();
    int heldBefore = before.at("/figures/consultations/held").asInt();
    assertThat(held - heldBefore)
        .as("consultations held in " + YEAR)
        .isEqualTo(consultations.size());
    assertThat(
            after.at("/figures/consultations/heldBySector/VCS").asInt()
                - before.at("/figures/consultations/heldBySector/VCS").asInt())
        .isEqualTo(consultations.size());
    assertThat(
            after.at("/figures/consultations/meetingLeadIn").asInt()
                - before.at("/figures/consultations/meetingLeadIn").asInt())
        .isEqualTo(consultations.size());
    JsonNode state =
        stack.client("reporting").as(TestTokens.admin()).get("admin/read-model").expect(200).json();
    Map<String, Long> kinds = burst.countsByKind();
    Timings.report(
        "fault 1 proves: all %d acknowledged writes stored (%s) and counted once: %d facts for"
            + " them, report %d-%02d consultations held %d -> %d; the read model skipped %d"
            + " redelivered duplicates",
        burst.written().size(),
        kinds,
        registrations.size() + consultations.size() + notes.size(),
        YEAR,
        (YEAR + 1) % 100,
        heldBefore,
        held,
        state.get("duplicates").asLong());
  }

  private static void assertExactlyOnce(Map<String, Integer> facts, List<String> ids) {
    assertThat(facts).as("one fact per acknowledged write").hasSize(ids.size());
    assertThat(facts.values()).as("no write counted twice").containsOnly(1);
  }

  private static JsonNode report(SystemStack stack) {
    return stack
        .client("reporting")
        .as(TestTokens.admin())
        .get("reports/" + YEAR)
        .expect(200)
        .json();
  }
}
