package org.compact.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.compact.systemtests.scenario.ExpectedReport;
import org.compact.systemtests.stack.Await;
import org.compact.systemtests.stack.ServiceClient;
import org.compact.systemtests.stack.SystemStack;
import org.compact.systemtests.stack.Timings;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault 4: reporting-service drops its read model and replays every topic from the beginning
 * ({@code POST /admin/read-model/rebuild}). Every review year that has data gets the same report as
 * before, and the read model holds the same events.
 */
@org.junit.jupiter.api.Order(7)
class ReplayAllTopicsTest {
  static final Duration WITHIN = Duration.ofMinutes(6);

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void aReplayOfAllTopicsGivesIdenticalFigures() {
    SystemStack stack = SystemStack.shared();
    someDataOfItsOwn(stack);
    Replay replay = replay(stack);
    if (replay.eventsArrivedMeanwhile()) {
      // a scheduled job of some service wrote events during the replay: the comparison would not
      // be like for like, so replay once more
      Timings.report("fault 4: new events arrived during the replay; replaying once more");
      replay = replay(stack);
    }
    assertThat(replay.eventsArrivedMeanwhile()).as("no new events during the replay").isFalse();
    assertThat(replay.differences()).as(String.join("\n", replay.differences())).isEmpty();
    assertThat(replay.factsAfter())
        .as("the same events in the read model")
        .isEqualTo(replay.factsBefore());
    assertThat(new ReadModelChecks(stack).exactlyOnceProblems()).isEmpty();
    Timings.report(
        "fault 4 proves: %d events replayed from the four topics in %s; the reports of %d review"
            + " years %s are identical, field by field",
        replay.factsBefore().size(),
        Timings.seconds(replay.duration()),
        replay.years().size(),
        replay.years());
  }

  /** One replay: the reports of every year with data before and after, and the events. */
  record Replay(
      Set<Integer> years,
      List<String> differences,
      Set<String> factsBefore,
      Set<String> factsAfter,
      Set<String> publishedBefore,
      Set<String> publishedAfter,
      Duration duration) {
    boolean eventsArrivedMeanwhile() {
      return !publishedAfter.equals(publishedBefore);
    }
  }

  private static Replay replay(SystemStack stack) {
    ServiceClient reporting = stack.client("reporting").as(TestTokens.admin());
    ReadModelChecks checks = new ReadModelChecks(stack);
    stack.awaitEventsSettled(WITHIN);
    Set<String> publishedBefore = checks.publishedEventIds();
    Set<Integer> years = reviewYearsWithData(stack);
    Map<Integer, JsonNode> before = new LinkedHashMap<>();
    years.forEach(y -> before.put(y, reporting.get("reports/" + y).expect(200).json()));
    Set<String> factsBefore = checks.factEventIds();

    long started = System.nanoTime();
    JsonNode accepted = reporting.post("admin/read-model/rebuild", null).expect(202).json();
    assertThat(accepted.get("rebuilding").asBoolean()).isTrue();
    Await.until(
        "the replay to finish",
        WITHIN,
        () -> !reporting.get("admin/read-model").expect(200).json().get("rebuilding").asBoolean());
    stack.awaitEventsSettled(WITHIN);
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    stack.awaitReady("reporting", WITHIN);

    List<String> differences = new ArrayList<>();
    for (int year : years) {
      JsonNode after = reporting.get("reports/" + year).expect(200).json();
      differences.addAll(ExpectedReport.differences("reports/" + year, before.get(year), after));
    }
    return new Replay(
        years,
        differences,
        factsBefore,
        checks.factEventIds(),
        publishedBefore,
        checks.publishedEventIds(),
        duration);
  }

  /** A few figures of review year 2003 so that the replay has something even on a fresh stack. */
  private static void someDataOfItsOwn(SystemStack stack) {
    Writes writes = new Writes(stack);
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      var registered =
          writes.register("Replay org " + run + " " + i, i % 2 == 0 ? "VCS" : "PUBLIC").expect(201);
      writes.sign(registered, LocalDate.of(2003, 7, 1 + i)).expect(200);
      writes
          .consultation(
              UUID.fromString(registered.json().get("id").asText()),
              "Replay consultation " + run + " " + i,
              LocalDate.of(2003, 6, 1),
              LocalDate.of(2003, 9, 1 + i))
          .expect(201);
    }
  }

  /**
   * Every review year (April start) a figure may count in: the years of the facts' business dates
   * and of every date their payloads carry (closesOn, due dates, receipt dates, deadlines, ...).
   */
  private static Set<Integer> reviewYearsWithData(SystemStack stack) {
    Set<Integer> years = new TreeSet<>();
    try (var connection = stack.connect(stack.databaseOf("reporting"));
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select distinct d from (select business_date::text as d from report_fact"
                    + " union select (regexp_matches(payload, '\\d{4}-\\d{2}-\\d{2}', 'g'))[1]"
                    + " from report_fact) dates where d is not null")) {
      while (rows.next()) {
        try {
          LocalDate date = LocalDate.parse(rows.getString(1));
          years.add(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
        } catch (java.time.format.DateTimeParseException e) {
          // a string that only looks like a date
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    years.removeIf(y -> y < 1990 || y > 2100);
    return years;
  }
}
