package org.compact.actionplan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.actionplan.domain.table.SeedFiles;
import org.compact.contracts.Topics;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportExportApiTest {
  private static final String TSV = "text/tab-separated-values";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject DataSource dataSource;

  @Test
  void dryRunReturnsTheParsedPlanAndSavesNothing() {
    Db db = new Db(dataSource);
    long plans = db.count("select count(*) from plan");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(TSV)
        .body(SeedFiles.bytes(SeedFiles.SEED_004))
        .post("/plans/import?dryRun=true")
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("planId", nullValue())
        .body("plan.title", equalTo("Consultation Strategy Action Plan 2009-2010"))
        .body("plan.period", equalTo("2009-10"))
        .body("counts.objectives", equalTo(6))
        .body("counts.actions", equalTo(16))
        .body("plan.sections[0].objectives[2].actions[0].timescale.kind", equalTo("RANGE"))
        .body(
            "plan.sections[0].objectives[2].actions[0].timescale.dueDates[0]",
            equalTo("2010-03-31"))
        .body("errors.size()", equalTo(0));
    assertThat(db.count("select count(*) from plan")).isEqualTo(plans);
  }

  @Test
  void seed000IsSavedAllAtOnceWithItsEvents() {
    String planId =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .contentType(TSV)
            .body(SeedFiles.bytes(SeedFiles.SEED_000))
            .post("/plans/import?title=Derbyshire Compact Action Plan&period=2007-08")
            .then()
            .statusCode(201)
            .header("Location", notNullValue())
            .body("counts.sections", equalTo(6))
            .body("counts.actions", equalTo(33))
            .body("warnings.row", hasItem(12))
            .extract()
            .path("planId");
    Db db = new Db(dataSource);
    assertThat(
            db.count("select count(*) from plan_action where plan_id = ?", UUID.fromString(planId)))
        .isEqualTo(33);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/plans/" + planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("sections[0].title", equalTo("Local Compacts"))
        .body(
            "sections[5].objectives[1].actions[0].timescale.recurrences",
            equalTo(List.of("QUARTERLY", "ANNUALLY")));
    try (EventCapture capture = new EventCapture(Topics.ACTIONPLANS)) {
      var created =
          capture.awaitRecord(
              r -> r.value().contains("action.created") && r.value().contains(planId),
              Duration.ofSeconds(30));
      EventSchemas.assertValid(created.value());
    }
  }

  @Test
  void tableWithErrorsIs422AndSavesNothing() {
    Db db = new Db(dataSource);
    long before = db.count("select count(*) from plan");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body("Objective,Action\nAim,Do it\n")
        .post("/plans/import")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].message", notNullValue());
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body("no,header\nhere,at all\n")
        .post("/plans/import?title=X")
        .then()
        .statusCode(422);
    assertThat(db.count("select count(*) from plan")).isEqualTo(before);
  }

  @Test
  void malformedEmptyOversizedOrForbiddenFilesAreRefused() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(XLSX)
        .body("not a spreadsheet".getBytes(StandardCharsets.UTF_8))
        .post("/plans/import?title=X")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body(new byte[0])
        .post("/plans/import?title=X")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("text/csv")
        .body(new byte[3 * 1024 * 1024])
        .post("/plans/import?title=X")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("image/png")
        .body(new byte[] {1, 2})
        .post("/plans/import")
        .then()
        .statusCode(415);
    given()
        .auth()
        .oauth2(TestTokens.partner(UUID.randomUUID()))
        .contentType(TSV)
        .body(SeedFiles.bytes(SeedFiles.SEED_004))
        .post("/plans/import?dryRun=true")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(TSV)
        .body(SeedFiles.bytes(SeedFiles.SEED_004))
        .post("/plans/import?dryRun=true")
        .then()
        .statusCode(200);
  }

  @Test
  void exportedPlanImportsBackToTheSamePlan() {
    String planId = importSeed004();
    for (String format : List.of("csv", "xlsx")) {
      byte[] file =
          given()
              .auth()
              .oauth2(TestTokens.admin())
              .get("/plans/" + planId + "/export?format=" + format)
              .then()
              .statusCode(200)
              .header("Content-Disposition", notNullValue())
              .extract()
              .asByteArray();
      String copy =
          given()
              .auth()
              .oauth2(TestTokens.admin())
              .contentType(format.equals("csv") ? "text/csv" : XLSX)
              .body(file)
              .post("/plans/import")
              .then()
              .statusCode(201)
              .extract()
              .path("planId");
      Object original = planContent(planId);
      assertThat(planContent(copy)).as(format).isEqualTo(original);
    }
    given().get("/plans/" + planId + "/export").then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/plans/" + planId + "/export?format=pdf")
        .then()
        .statusCode(400);
  }

  private static String importSeed004() {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(TSV)
        .body(SeedFiles.bytes(SeedFiles.SEED_004))
        .post("/plans/import?adoptedOn=2009-04-20")
        .then()
        .statusCode(201)
        .extract()
        .path("planId");
  }

  /** The plan without ids and versions. */
  private static Object planContent(String planId) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/plans/" + planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList(
            "sections.collect { s -> [s.title, s.objectives.collect { o -> [o.text,"
                + " o.actions.collect { a -> [a.description, a.priority, a.timescale.text, a.lead,"
                + " a.resources, a.measuresOfSuccess, a.status, a.leadSignatoryIds] }] }] }");
  }
}
