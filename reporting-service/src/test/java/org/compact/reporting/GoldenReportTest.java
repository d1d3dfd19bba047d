package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import javax.sql.DataSource;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The golden report: a scripted scenario over two review years, published to real Kafka in shuffled
 * order, must give exactly the figures written by hand in src/test/resources/golden.
 */
@QuarkusTest
class GoldenReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject DataSource dataSource;

  @BeforeEach
  void scenario() {
    try (TestEvents events = new TestEvents(dataSource)) {
      GoldenScenario.load(events);
    }
  }

  /** The JSON report as {@code token} sees it (null = the public). */
  static JsonNode report(int year, String token) {
    var request = token == null ? given() : given().auth().oauth2(token);
    String body = request.get("/reports/" + year).then().statusCode(200).extract().asString();
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode golden(String name) throws IOException {
    try (InputStream in = GoldenReportTest.class.getResourceAsStream("/golden/" + name)) {
      return JSON.readTree(in);
    }
  }

  @Test
  void firstReviewYearMatchesTheHandWrittenFigures() throws IOException {
    JsonNode report = report(2001, TestTokens.admin());
    assertThat(report.get("label").asText()).isEqualTo("2001-02");
    assertThat(report.get("from").asText()).isEqualTo("2001-04-01");
    assertThat(report.get("to").asText()).isEqualTo("2002-03-31");
    assertThat(report.get("figures")).isEqualTo(golden("figures-2001-02.json"));
  }

  @Test
  void secondReviewYearMatchesTheHandWrittenFiguresAndComparesWithTheFirst() throws IOException {
    JsonNode report = report(2002, TestTokens.admin());
    assertThat(report.get("label").asText()).isEqualTo("2002-03");
    assertThat(report.get("figures")).isEqualTo(golden("figures-2002-03.json"));
    assertThat(report.get("previous").get("label").asText()).isEqualTo("2001-02");
    assertThat(report.get("previous").get("figures")).isEqualTo(golden("figures-2001-02.json"));
  }

  @Test
  void publicOutputNamesNoDisputePartyAndNoPartySector() {
    String body =
        given().auth().oauth2(TestTokens.admin()).get("/reports/2002").then().extract().asString();
    assertThat(body)
        .doesNotContain(GoldenScenario.S1.toString())
        .doesNotContain(GoldenScenario.S3.toString())
        .doesNotContain("COMPLAINANT")
        .doesNotContain("RESPONDENT");
  }
}
