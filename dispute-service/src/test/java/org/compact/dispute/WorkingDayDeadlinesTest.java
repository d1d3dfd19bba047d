package org.compact.dispute;

import static org.compact.dispute.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import javax.sql.DataSource;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineArea;
import org.compact.platform.calendar.DeadlinePolicies;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * compact.deadlines.dispute.day-count=WORKING, switched through the policy bean (no test profile):
 * new cases count working days; a case keeps the count it was given when R was recorded.
 */
@QuarkusTest
class WorkingDayDeadlinesTest {
  private static final String PANEL = "deadlines.find { it.kind == 'PANEL_CONVENED' }";
  private static final String HEARING = "deadlines.find { it.kind == 'HEARING_HELD' }";

  @Inject DataSource dataSource;
  @Inject TimeSource time;
  @Inject DeadlinePolicies policies;

  @AfterEach
  void reset() {
    policies.reset();
    time.reset();
  }

  @Test
  void workingDayDeadlinesSkipWeekendsGoodFridayAndEasterMonday() {
    policies.override(DeadlineArea.DISPUTE, DayCount.WORKING);
    as(null).get("/dispute-procedure").then().body("deadlineDayCount", equalTo("WORKING"));
    time.fixAt(Instant.parse("2025-04-10T10:00:00Z"));
    CaseFixture f = CaseFixture.atStage2(dataSource, 2025, "2025-04-10");
    as(TestTokens.admin())
        .get("/disputes/" + f.disputeId)
        .then()
        .statusCode(200)
        .body(PANEL + ".dueOn", equalTo("2025-05-02"))
        .body(PANEL + ".basis.dayCount", equalTo("WORKING"))
        .body(PANEL + ".basis.days", equalTo(14))
        .body(PANEL + ".basis.skippedHolidays.title", hasItems("Good Friday", "Easter Monday"))
        .body(PANEL + ".basis.skippedHolidays[0].date", equalTo("2025-04-18"))
        .body(
            PANEL + ".basis.bankHolidays", containsString("https://www.gov.uk/bank-holidays.json"))
        .body(
            PANEL + ".basis.explanation",
            containsString(
                "14 working days after receivedOn 2025-04-10, skipping 2025-04-12..13 weekend,"
                    + " 2025-04-18 Good Friday"))
        .body(PANEL + ".basis.explanation", containsString("2025-04-21 Easter Monday"))
        .body(HEARING + ".dueOn", equalTo("2025-07-03"))
        .body(HEARING + ".basis.explanation", containsString("2025-05-05 Early May bank holiday"))
        .body(HEARING + ".basis.explanation", containsString("2025-05-26 Spring bank holiday"));

    // the configuration goes back to calendar days: this case keeps its working days
    policies.reset();
    as(null).get("/dispute-procedure").then().body("deadlineDayCount", equalTo("CALENDAR"));
    as(TestTokens.partner(f.complainant))
        .get("/disputes/" + f.disputeId)
        .then()
        .statusCode(200)
        .body(PANEL + ".dueOn", equalTo("2025-05-02"))
        .body(PANEL + ".basis.dayCount", equalTo("WORKING"));
    CaseFixture calendarCase = CaseFixture.atStage2(dataSource, 2025, "2025-04-10");
    as(TestTokens.admin())
        .get("/disputes/" + calendarCase.disputeId)
        .then()
        .body(PANEL + ".dueOn", equalTo("2025-04-24"))
        .body(PANEL + ".basis.dayCount", equalTo("CALENDAR"))
        .body(PANEL + ".basis.skippedHolidays", org.hamcrest.Matchers.nullValue());
  }
}
