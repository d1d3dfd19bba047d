package org.compact.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.compact.systemtests.scenario.ExpectedReport;
import org.compact.systemtests.scenario.ScenarioLedger;
import org.compact.systemtests.stack.Await;
import org.compact.systemtests.stack.EventFlow;
import org.compact.systemtests.stack.HttpResult;
import org.compact.systemtests.stack.SystemStack;
import org.compact.systemtests.stack.Timings;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault 3: reporting-service is killed with SIGKILL while it works through a backlog of events and
 * started again. Its report must equal what an uninterrupted run gives: the figures before the
 * backlog plus exactly the backlog's signings and consultations (review year 2001-02, which nothing
 * else uses), every outbox event applied once.
 */
@org.junit.jupiter.api.Order(6)
class ReportingKilledMidConsumptionTest {
  static final int YEAR = 2001;
  static final int SIGNINGS = 200;
  static final int CONSULTATIONS = 300;
  static final int CLIENTS = 8;
  static final LocalDate SIGNED_ON = LocalDate.of(2001, 6, 1);
  static final LocalDate OPENS = LocalDate.of(2001, 5, 1);
  static final LocalDate CLOSES = LocalDate.of(2001, 8, 1);
  static final Duration WITHIN = Duration.ofMinutes(4);

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void figuresAfterAKillMidConsumptionEqualThoseOfAnUninterruptedRun() {
    SystemStack stack = SystemStack.shared();
    EventFlow events = stack.events();
    Writes writes = new Writes(stack);
    ReadModelChecks checks = new ReadModelChecks(stack);
    String run = UUID.randomUUID().toString().substring(0, 8);
    HttpResult ownerAnswer = writes.register("Backlog owner " + run, "VCS").expect(201);
    UUID owner = UUID.fromString(ownerAnswer.json().get("id").asText());
    stack.awaitEventsSettled(WITHIN);
    JsonNode before = report(stack);

    long killedFacts;
    long lagAtKill;
    long backlogFacts;
    stack.killService("reporting");
    try {
      Burst backlog =
          Burst.start(
              SIGNINGS + CONSULTATIONS,
              CLIENTS,
              i -> {
                if (i < SIGNINGS) {
                  HttpResult registered = writes.register("Backlog org " + run + " " + i, "VCS");
                  Burst.acknowledged(registered, "registration", null);
                  HttpResult signed = writes.sign(registered, SIGNED_ON);
                  return Burst.acknowledged(signed, "signing", signed.json().get("id").asText());
                }
                HttpResult r =
                    writes.consultation(
                        owner, "Backlog consultation " + run + " " + i, OPENS, CLOSES);
                return Burst.acknowledged(
                    r, "consultation", r.is2xx() ? r.json().get("id").asText() : null);
              });
      backlog.await(WITHIN);
      assertThat(backlog.failures()).as("writes while reporting-service is down").isEmpty();
      Await.until("every outbox published", WITHIN, () -> events.pendingOutboxTotal() == 0);
      backlogFacts = events.readModelLag();
      long factsAtStart = events.readModelFacts();

      stack.startService("reporting");
      killedFacts =
          Await.value(
              "reporting-service half way through the backlog",
              WITHIN,
              () -> {
                long applied = events.readModelFacts() - factsAtStart;
                if (applied >= 50) {
                  return Optional.of(applied);
                }
                return Optional.empty();
              });
      stack.killService("reporting");
      lagAtKill = events.readModelLag();
      assertThat(lagAtKill).as("killed before it had applied the whole backlog").isPositive();
      ledger(backlog, owner);
    } finally {
      stack.startService("reporting");
    }
    stack.awaitReady("reporting", WITHIN);
    stack.awaitEventsSettled(WITHIN);

    JsonNode after = report(stack);
    ScenarioLedger ledger = ledgerOf(owner);
    ExpectedReport year =
        new ExpectedReport(
            LocalDate.parse(before.get("from").asText()),
            LocalDate.parse(before.get("to").asText()));
    List<String> differences =
        ExpectedReport.differences(
            "figures", year.expected(before.get("figures"), ledger), after.get("figures"));
    assertThat(differences).as(String.join("\n", differences)).isEmpty();
    assertThat(checks.exactlyOnceProblems()).as("outbox events against read-model facts").isEmpty();
    Timings.report(
        "fault 3 proves: reporting-service SIGKILLed after applying %d of %d backlog records (%d"
            + " left), restarted: report %d-%02d equals the uninterrupted expectation (signed VCS"
            + " %d -> %d, consultations held %d -> %d), every outbox event applied once",
        killedFacts,
        backlogFacts,
        lagAtKill,
        YEAR,
        (YEAR + 1) % 100,
        signedVcs(before),
        signedVcs(after),
        before.at("/figures/consultations/held").asInt(),
        after.at("/figures/consultations/held").asInt());
  }

  private final List<Burst.Written> written = new ArrayList<>();

  private void ledger(Burst backlog, UUID owner) {
    written.clear();
    written.addAll(backlog.written());
  }

  /** What the backlog did, for the expected report. */
  private ScenarioLedger ledgerOf(UUID owner) {
    ScenarioLedger ledger = new ScenarioLedger();
    for (Burst.Written w : written) {
      if (w.kind().equals("signing")) {
        ledger.organisations.add(
            new ScenarioLedger.Organisation(
                UUID.fromString(w.id()), w.id(), "VCS", SIGNED_ON, null, null));
      } else {
        ledger.consultations.add(
            new ScenarioLedger.Consultation(
                UUID.fromString(w.id()), w.id(), "VCS", OPENS, CLOSES, 84, null, null, null));
      }
    }
    return ledger;
  }

  private static int signedVcs(JsonNode report) {
    for (JsonNode row : report.at("/figures/signatories/bySector")) {
      if (row.get("sector").asText().equals("VCS")) {
        return row.get("signedAtYearEnd").asInt();
      }
    }
    return 0;
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
