package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The calendar and published outcomes as open data: licence, CSV safety, 304, public only. */
@QuarkusTest
class OpenDataFeedTest {
  static final String OGL =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
  static final String CONSULTATIONS_JSON = "/open-data/consultations.json";
  static final String CONSULTATIONS_CSV = "/open-data/consultations.csv";
  static final String OUTCOMES_JSON = "/open-data/outcomes.json";
  static final String OUTCOMES_CSV = "/open-data/outcomes.csv";
  static final List<String> DOWNLOADS =
      List.of(CONSULTATIONS_JSON, CONSULTATIONS_CSV, OUTCOMES_JSON, OUTCOMES_CSV);

  @Test
  void theCalendarFeedCarriesTheLicenceAndEveryPublicConsultation() {
    String word = word();
    UUID owner = UUID.randomUUID();
    String planned = schedule(TestTokens.admin(), owner, word + " planned", 2030);

    JsonPath body =
        given()
            .get(CONSULTATIONS_JSON)
            .then()
            .statusCode(200)
            .header("ETag", startsWith("W/\""))
            .header("Cache-Control", equalTo("public, max-age=300"))
            .header("Link", containsString("<" + OGL + ">; rel=\"license\""))
            .body("metadata.license.id", equalTo("OGL-UK-3.0"))
            .body("metadata.license.name", equalTo("Open Government Licence v3.0"))
            .body("metadata.license.url", equalTo(OGL))
            .body("metadata.publisher.name", equalTo("Stafford Borough Compact"))
            .body("metadata.generated_at", notNullValue())
            .body("metadata.url", endsWith(CONSULTATIONS_JSON))
            .body(
                "metadata.distributions.url",
                hasItems(endsWith(CONSULTATIONS_JSON), endsWith(CONSULTATIONS_CSV)))
            .extract()
            .jsonPath();

    List<Map<String, Object>> consultations = body.getList("consultations");
    assertThat(body.getInt("metadata.record_count")).isEqualTo(consultations.size());
    Map<String, Object> record =
        consultations.stream().filter(c -> c.get("id").equals(planned)).findFirst().orElseThrow();
    assertThat(record)
        .containsEntry("title", word + " planned")
        .containsEntry("owner_organisation_id", owner.toString())
        .containsEntry("status", "PLANNED")
        .containsEntry("opens_on", "2030-01-07")
        .containsEntry("closes_on", "2030-04-01")
        .containsEntry("lead_in_days", 84)
        .containsEntry("lead_in_rule_met", true)
        .containsEntry("cancelled_on", null)
        .containsEntry("audiences", List.of("RESIDENTS", "CITIZENS_PANEL"))
        .doesNotContainKeys("contact", "createdBy", "created_by", "version", "sequence");
    assertThat((String) record.get("uri")).endsWith("/consultations/" + planned);
  }

  @Test
  void theOutcomesFeedCarriesResultsOutcomeAndFeedbackOfConsultationsWithResults() {
    String word = word();
    UUID owner = UUID.randomUUID();
    String reported = schedule(TestTokens.admin(), owner, word + " reported", 2025);
    String closedOnly = schedule(TestTokens.admin(), owner, word + " awaiting results", 2025);
    Fixtures.pushResult(TestTokens.councilSystem(owner), reported, Fixtures.result(word, 1204))
        .then()
        .statusCode(201);
    publishOutcome(TestTokens.partner(owner), reported);
    recordFeedback(TestTokens.partner(owner), reported);

    JsonPath body =
        given()
            .get(OUTCOMES_JSON)
            .then()
            .statusCode(200)
            .body("metadata.license.url", equalTo(OGL))
            .body("metadata.url", endsWith(OUTCOMES_JSON))
            .extract()
            .jsonPath();
    List<Map<String, Object>> outcomes = body.getList("outcomes");
    assertThat(outcomes)
        .extracting(o -> o.get("consultation_id"))
        .contains(reported)
        .doesNotContain(closedOnly);
    String path = "outcomes.find { it.consultation_id == '" + reported + "' }";
    assertThat(body.getString(path + ".status")).isEqualTo("OUTCOME_PUBLISHED");
    assertThat(body.getString(path + ".results[0].external_ref")).isEqualTo(word);
    assertThat(body.getInt(path + ".results[0].response_count")).isEqualTo(1204);
    assertThat(body.getString(path + ".results[0].breakdown[0].group")).isEqualTo("18-24");
    assertThat(body.getString(path + ".outcome.decided"))
        .isEqualTo("Street cleansing budget up 5%");
    assertThat(body.getString(path + ".feedback[0].channel")).isEqualTo("Letter to panel members");
    assertThat(body.getInt(path + ".feedback[0].reached")).isEqualTo(1000);

    String csv = given().get(OUTCOMES_CSV).then().statusCode(200).extract().asString();
    assertThat(csv)
        .startsWith(
            "consultation_id,title,owner_organisation_id,closes_on,status,results_published_on,"
                + "result_count,response_count,result_summaries,result_documents,outcome_heard,"
                + "outcome_decided,outcome_how_participants_told,outcome_published_on,"
                + "feedback_count,uri\r\n")
        .contains(
            reported
                + ","
                + word
                + " reported,"
                + owner
                + ",2025-03-31,OUTCOME_PUBLISHED,2025-05-01,1,1204,Community safety ranked first.,"
                + "https://example.gov.uk/results.pdf,Residents asked for cleaner streets,"
                + "Street cleansing budget up 5%,Letter to every Citizens' Panel member,"
                + "2025-06-01,1,")
        .doesNotContain(closedOnly);
  }

  @Test
  void whoRecordedWhatAndContactMailboxesNeverAppear() {
    String word = word();
    UUID owner = UUID.randomUUID();
    String partnerSub = "partner-sub-" + word;
    String councilSub = "council-sub-" + word;
    String id =
        schedule(
            TestTokens.token("partner", owner, partnerSub), owner, word + " private bits", 2025);
    Fixtures.pushResult(
            TestTokens.token("council-system", owner, councilSub), id, Fixtures.result(word, 7))
        .then()
        .statusCode(201);
    recordFeedback(TestTokens.token("partner", owner, partnerSub), id);

    for (String download : DOWNLOADS) {
      String content = given().get(download).then().statusCode(200).extract().asString();
      assertThat(content).as(download).contains(word + " private bits");
      assertThat(content)
          .as(download)
          .doesNotContain(partnerSub)
          .doesNotContain(councilSub)
          .doesNotContain("consultation@example.gov.uk");
    }
  }

  @Test
  void theCsvHasAHeaderRowQuotesAsRfc4180AndNeutralisesFormulas() {
    String word = word();
    String title = "=HYPERLINK(\\\"http://x.example\\\",\\\"" + word + "\\\")";
    String id =
        Fixtures.schedule(
                TestTokens.admin(),
                Fixtures.body(
                        UUID.randomUUID(),
                        LocalDate.of(2031, 1, 6),
                        LocalDate.of(2031, 3, 31),
                        null)
                    .replace("\"title\":\"Local priorities\"", "\"title\":\"" + title + "\"")
                    .replace(
                        "\"summary\":\"What matters most to you?\"",
                        "\"summary\":\"+44 1785, \\\"quoted\\\"\\nsecond line\""))
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    String csv =
        given()
            .get(CONSULTATIONS_CSV)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .contentType(containsString("header=present"))
            .header("ETag", startsWith("\""))
            .header("Link", containsString("<" + OGL + ">; rel=\"license\""))
            .header("Link", containsString("rel=\"describedby\""))
            .extract()
            .asString();

    assertThat(csv)
        .startsWith(
            "id,title,summary,owner_organisation_id,audiences,methods,representative_views,"
                + "direct_views,opens_on,closes_on,planned_results_on,status,lead_in_days,"
                + "lead_in_required_days,lead_in_rule_met,short_lead_in_reason,"
                + "results_published_on,outcome_published_on,cancelled_on,cancellation_reason,"
                + "links,uri\r\n")
        .contains(
            id
                + ",\"'=HYPERLINK(\"\"http://x.example\"\",\"\""
                + word
                + "\"\")\",\"'+44 1785, \"\"quoted\"\"\nsecond line\",");
    assertThat(Arrays.stream(csv.split("\r\n")).filter(line -> line.contains(word))).hasSize(1);
  }

  @Test
  void aConditionalGetAnswers304UntilTheDataChanges() {
    for (String download : DOWNLOADS) {
      String etag = given().get(download).then().statusCode(200).extract().header("ETag");

      given()
          .header("If-None-Match", etag)
          .get(download)
          .then()
          .statusCode(304)
          .header("ETag", equalTo(etag))
          .header("Cache-Control", equalTo("public, max-age=300"))
          .body(emptyString());
      given().header("If-None-Match", "\"someone-else\"").get(download).then().statusCode(200);

      UUID owner = UUID.randomUUID();
      String id = schedule(TestTokens.admin(), owner, word() + " newcomer", 2025);
      Fixtures.pushResult(TestTokens.admin(), id, Fixtures.result(word(), 3))
          .then()
          .statusCode(201);

      String changed =
          given()
              .header("If-None-Match", etag)
              .get(download)
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
      assertThat(changed).as(download).isNotEqualTo(etag);
    }
  }

  @Test
  void theCatalogueNamesTheLicenceAndTheStableUrlOfEachFormat() {
    given()
        .get("/open-data")
        .then()
        .statusCode(200)
        .body("license.url", equalTo(OGL))
        .body("datasets.id", hasItems("consultations", "outcomes"))
        .body("datasets[0].license.id", equalTo("OGL-UK-3.0"))
        .body(
            "datasets.distributions.flatten().url",
            hasItems(
                endsWith(CONSULTATIONS_JSON),
                endsWith(CONSULTATIONS_CSV),
                endsWith(OUTCOMES_JSON),
                endsWith(OUTCOMES_CSV)));
  }

  @Test
  void anyCallerMayDownloadButAnInvalidTokenIs401() {
    given()
        .auth()
        .oauth2(TestTokens.councilSystem(UUID.randomUUID()))
        .get(OUTCOMES_JSON)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.expired("partner", UUID.randomUUID()))
        .get(CONSULTATIONS_CSV)
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"));
    given()
        .auth()
        .oauth2(TestTokens.wrongIssuer("compact-admin", UUID.randomUUID()))
        .get(OUTCOMES_CSV)
        .then()
        .statusCode(401);
  }

  private static String word() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /**
   * Schedules a 12-week consultation: in 2025 (CLOSED at once, as a historic entry, so results may
   * be pushed) or in 2030 (PLANNED).
   */
  private static String schedule(String token, UUID owner, String title, int year) {
    LocalDate opensOn = year == 2025 ? LocalDate.of(2025, 1, 6) : LocalDate.of(year, 1, 7);
    String body =
        Fixtures.body(owner, opensOn, opensOn.plusDays(84), null)
            .replace("\"title\":\"Local priorities\"", "\"title\":\"" + title + "\"");
    return Fixtures.schedule(token, body).then().statusCode(201).extract().path("id");
  }

  private static void publishOutcome(String token, String id) {
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("If-Match", Fixtures.etag(id))
        .body(OutcomeAndFeedbackTest.OUTCOME)
        .post("/consultations/" + id + "/outcome")
        .then()
        .statusCode(200);
  }

  private static void recordFeedback(String token, String id) {
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(OutcomeAndFeedbackTest.FEEDBACK)
        .post("/consultations/" + id + "/feedback")
        .then()
        .statusCode(201);
  }
}
