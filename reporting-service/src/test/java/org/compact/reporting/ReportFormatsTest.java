package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON, CSV and HTML of the same report carry the same numbers (parsed back from each format). */
@QuarkusTest
class ReportFormatsTest {
  private static final Pattern CELL =
      Pattern.compile("data-metric=\"([^\"]+)\" data-year=\"(current|previous)\">(-?\\d+)<");

  @Inject DataSource dataSource;

  @BeforeEach
  void scenario() {
    try (TestEvents events = new TestEvents(dataSource)) {
      GoldenScenario.load(events);
    }
  }

  @Test
  void csvAndHtmlCarryTheNumbersOfTheJson() {
    JsonNode json = GoldenReportTest.report(2002, TestTokens.admin());
    Map<String, Long> current = numbers(json.get("figures"));
    Map<String, Long> previous = numbers(json.get("previous").get("figures"));
    assertThat(current).isNotEmpty();

    String csv =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/reports/2002/report.csv")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    Map<String, Long> csvCurrent = new LinkedHashMap<>();
    Map<String, Long> csvPrevious = new LinkedHashMap<>();
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("section,metric,dimension,year,previous_year");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      String key =
          cells[2].isEmpty()
              ? cells[0] + "." + cells[1]
              : cells[0] + "." + cells[1] + "." + cells[2];
      csvCurrent.put(key, Long.parseLong(cells[3]));
      csvPrevious.put(key, Long.parseLong(cells[4]));
    }
    assertSameNumbers(csvCurrent, current);
    assertSameNumbers(csvPrevious, previous);

    String html =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/reports/2002/report.html")
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    Map<String, Long> htmlCurrent = new LinkedHashMap<>();
    Map<String, Long> htmlPrevious = new LinkedHashMap<>();
    Matcher cells = CELL.matcher(html);
    while (cells.find()) {
      (cells.group(2).equals("current") ? htmlCurrent : htmlPrevious)
          .put(cells.group(1), Long.parseLong(cells.group(3)));
    }
    assertSameNumbers(htmlCurrent, current);
    assertSameNumbers(htmlPrevious, previous);
    assertThat(html)
        .contains("<svg")
        .contains("2002-03")
        .contains("Library hours")
        .contains("Contract deadline")
        .contains("A difference about a lease was not Compact-related.")
        .contains("Twelve weeks for the community plan")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .doesNotContain("<script");
  }

  /** Same keys with the same values; a key missing on one side must be 0 on the other. */
  private static void assertSameNumbers(Map<String, Long> format, Map<String, Long> json) {
    Set<String> keys = new HashSet<>(format.keySet());
    keys.addAll(json.keySet());
    for (String key : keys) {
      assertThat(format.getOrDefault(key, 0L)).as(key).isEqualTo(json.getOrDefault(key, 0L));
    }
    assertThat(format.keySet()).containsAll(json.keySet());
  }

  /** The numbers of the JSON figures, named section.metric[.dimension]. */
  static Map<String, Long> numbers(JsonNode figures) {
    Map<String, Long> out = new LinkedHashMap<>();
    JsonNode signatories = figures.get("signatories");
    for (JsonNode row : signatories.get("bySector")) {
      sectorRow(out, row);
    }
    sectorRow(out, signatories.get("total"));
    out.put(
        "signatories.publicBodiesWithoutChampion",
        signatories.get("publicBodiesWithoutChampion").asLong());
    JsonNode actions = figures.get("actions");
    out.put("actions.total", actions.get("total").asLong());
    actions
        .get("byStatus")
        .fields()
        .forEachRemaining(e -> out.put("actions.byStatus." + e.getKey(), e.getValue().asLong()));
    actions
        .get("byPriority")
        .fields()
        .forEachRemaining(e -> out.put("actions.byPriority." + e.getKey(), e.getValue().asLong()));
    actions
        .get("byLeadSector")
        .fields()
        .forEachRemaining(
            e -> out.put("actions.byLeadSector." + e.getKey(), e.getValue().asLong()));
    out.put("actions.completedInYear", actions.get("completedInYear").asLong());
    out.put("actions.overdueAtYearEnd", actions.get("overdueAtYearEnd").asLong());
    JsonNode consultations = figures.get("consultations");
    for (String name :
        new String[] {
          "held",
          "meetingLeadIn",
          "meetingLeadInPercent",
          "resultsPublished",
          "outcomesPublished",
          "cancelled"
        }) {
      out.put("consultations." + name, consultations.get(name).asLong());
    }
    consultations
        .get("heldBySector")
        .fields()
        .forEachRemaining(
            e -> out.put("consultations.heldBySector." + e.getKey(), e.getValue().asLong()));
    out.put("consultations.shortLeadIn", (long) consultations.get("shortLeadIn").size());
    JsonNode disputes = figures.get("disputes");
    for (String name :
        new String[] {
          "opened",
          "referralsReceived",
          "closed",
          "openAtYearEnd",
          "deadlinesMet",
          "deadlinesMissed"
        }) {
      out.put("disputes." + name, disputes.get(name).asLong());
    }
    disputes
        .get("byStageReached")
        .fields()
        .forEachRemaining(
            e -> out.put("disputes.byStageReached." + e.getKey(), e.getValue().asLong()));
    disputes
        .get("byOutcome")
        .fields()
        .forEachRemaining(e -> out.put("disputes.byOutcome." + e.getKey(), e.getValue().asLong()));
    disputes
        .get("deadlines")
        .fields()
        .forEachRemaining(
            e -> {
              out.put("disputes.deadlineMet." + e.getKey(), e.getValue().get("met").asLong());
              out.put("disputes.deadlineMissed." + e.getKey(), e.getValue().get("missed").asLong());
            });
    out.put("disputeSummaries.published", (long) figures.get("disputeSummaries").size());
    out.put("goodPractice.examples", (long) figures.get("goodPractice").size());
    return out;
  }

  private static void sectorRow(Map<String, Long> out, JsonNode row) {
    String sector = row.get("sector").asText();
    for (String name : new String[] {"newlySigned", "withdrawn", "signedAtYearEnd"}) {
      out.put("signatories." + name + "." + sector, row.get(name).asLong());
    }
  }
}
