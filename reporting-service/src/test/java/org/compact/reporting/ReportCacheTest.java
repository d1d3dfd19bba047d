package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.reporting.Reports.json;
import static org.compact.reporting.Reports.newlySignedVcs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.testsupport.Db;
import org.junit.jupiter.api.Test;

/**
 * Live report figures are computed once per state of the read model: a repeated request is served
 * from the cache (the computation counter does not move), and a new fact or a curated good-practice
 * example is in the very next report.
 */
@QuarkusTest
class ReportCacheTest {
  private static final UUID OWNER = UUID.randomUUID();

  @Inject DataSource dataSource;

  private static List<String> goodPracticeTitles(int year) {
    return JsonPath.from(json(year)).getList("figures.goodPractice.title", String.class);
  }

  /** The Micrometer counter {@code compact.report.computations} as Prometheus shows it. */
  private static double computations() {
    return given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .filter(line -> line.startsWith("compact_report_computations_total"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("compact_report_computations_total not exposed"));
  }

  private static SignatorySigned vcs(LocalDate on) {
    return new SignatorySigned(UUID.randomUUID(), "Cache Org", "VCS", "charity", on, List.of());
  }

  @Test
  void aRepeatedRequestIsServedFromTheCacheAndANewEventIsInTheNextReport() {
    try (TestEvents events = new TestEvents(dataSource)) {
      events.awaitApplied(events.publish(1, vcs(LocalDate.of(2046, 5, 1))));
      String first = json(2046);
      double computedOnce = computations();
      String second = json(2046);

      assertThat(second).isEqualTo(first);
      assertThat(computations()).as("the repeat came from the cache").isEqualTo(computedOnce);

      int before =
          JsonPath.from(first)
              .getInt("figures.signatories.bySector.find { it.sector == 'VCS' }.newlySigned");
      events.publish(1, vcs(LocalDate.of(2046, 6, 1)));
      TestEvents.await(
          () -> newlySignedVcs(2046) == before + 1, "the report shows the new signatory");
      double recomputed = computations();
      assertThat(recomputed).as("the new fact invalidated the cache").isGreaterThan(computedOnce);
      assertThat(newlySignedVcs(2046)).isEqualTo(before + 1);
      assertThat(computations()).as("cached again").isEqualTo(recomputed);
    }
  }

  @Test
  void approvingAGoodPracticeExampleShowsInTheNextReport() {
    String title = "Cached example " + UUID.randomUUID();
    String id = Reports.submitGoodPractice(OWNER, title, "Shared the venue.", "2016-06-15");
    assertThat(goodPracticeTitles(2016)).doesNotContain(title);
    double cached = computations();
    assertThat(goodPracticeTitles(2016)).doesNotContain(title);
    assertThat(computations()).as("the repeat came from the cache").isEqualTo(cached);

    Reports.approveGoodPractice(id);

    assertThat(goodPracticeTitles(2016)).contains(title);
  }

  @Test
  void anExampleApprovedThroughAnotherInstanceShowsInTheNextReport() {
    String title = "Approved elsewhere " + UUID.randomUUID();
    String id = Reports.submitGoodPractice(OWNER, title, "Shared the venue.", "2017-06-15");
    assertThat(goodPracticeTitles(2017)).doesNotContain(title);

    // another reporting replica curates it in the shared database; this instance's cache holds
    // the report computed before
    new Db(dataSource)
        .execute(
            "update good_practice set status = 'APPROVED', version = version + 1,"
                + " curated_by = 'other-instance', curated_at = now() where id = ?",
            UUID.fromString(id));

    assertThat(goodPracticeTitles(2017)).contains(title);
  }
}
