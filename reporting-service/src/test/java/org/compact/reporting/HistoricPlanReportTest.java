package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.actionplan.Priority;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The demo data's case end to end: a plan for an earlier period (like seed 004's 2009-10 plan)
 * imported and published through actionplan-service today. Its events carry today's dates, but the
 * report counts its actions in the review year of their due dates. The years 2037-38 are used by no
 * other test.
 */
@QuarkusTest
class HistoricPlanReportTest {
  @Inject DataSource dataSource;

  @Test
  void actionsOfAPlanImportedTodayCountInTheReviewYearTheyAreDueIn() {
    UUID plan = UUID.randomUUID();
    LocalDate today = LocalDate.now();
    try (TestEvents events = new TestEvents(dataSource)) {
      List<EventEnvelope> published = new ArrayList<>();
      published.add(events.publish(1, new PlanCreated(plan, "Strategy 2037-38", "2037-38", today)));
      published.add(
          events.publish(
              2,
              new PlanPublished(
                  plan, "Strategy 2037-38", "2037-38", LocalDate.of(2037, 4, 20), today)));
      // seed 004's timescales moved to 2037: June, June/July, Between October and March, Ongoing
      published.add(events.publish(1, action(plan, "June 2037", LocalDate.of(2037, 6, 30), today)));
      published.add(
          events.publish(1, action(plan, "June/July 2037", LocalDate.of(2037, 7, 31), today)));
      published.add(
          events.publish(
              1,
              action(
                  plan, "Between October 2037 and March 2038", LocalDate.of(2038, 3, 31), today)));
      published.add(events.publish(1, action(plan, "Ongoing", null, today)));
      events.awaitApplied(published.toArray(EventEnvelope[]::new));
    }
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/reports/2037")
        .then()
        .statusCode(200)
        .body("label", equalTo("2037-38"))
        .body("figures.actions.total", equalTo(4))
        .body("figures.actions.byStatus.NOT_STARTED", equalTo(4))
        .body("figures.actions.overdueAtYearEnd", equalTo(3));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/reports/2038")
        .then()
        .statusCode(200)
        .body("figures.actions.total", equalTo(0));
  }

  private static ActionCreated action(
      UUID plan, String timescale, LocalDate due, LocalDate createdOn) {
    return new ActionCreated(
        UUID.randomUUID(),
        plan,
        Priority.HIGH,
        ActionStatus.NOT_STARTED,
        timescale,
        due,
        List.of(),
        createdOn);
  }
}
