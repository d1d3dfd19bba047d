package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * DRAFT → AGREED (frozen) → PUBLISHED by compact-admin with If-Match; the public sees PUBLISHED.
 */
@QuarkusTest
class ReportWorkflowTest {
  private static final UUID PARTNER_ORG = UUID.randomUUID();

  @Inject DataSource dataSource;

  private static int vcsSigned(String token, int year) {
    return given()
        .auth()
        .oauth2(token)
        .get("/reports/" + year)
        .then()
        .statusCode(200)
        .extract()
        .path("figures.signatories.bySector.find { it.sector == 'VCS' }.signedAtYearEnd");
  }

  private static SignatorySigned vcs(LocalDate on) {
    return new SignatorySigned(UUID.randomUUID(), "Workflow Org", "VCS", "charity", on, List.of());
  }

  @Test
  void reviewYearMustBeFourDigitsEvenWithInvisibleCharacters() {
    given().auth().oauth2(TestTokens.admin()).get("/reports/2054").then().statusCode(200);
    for (String bad : new String[] {"2054%00", "%202054", "20540", "2o54"}) {
      given()
          .urlEncodingEnabled(false)
          .auth()
          .oauth2(TestTokens.admin())
          .get("/reports/" + bad)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", org.hamcrest.Matchers.equalTo("year"));
    }
  }

  @Test
  void draftAgreedPublishedWithFrozenFiguresAndPublicAccessOnlyWhenPublished() {
    try (TestEvents events = new TestEvents(dataSource)) {
      events.awaitApplied(events.publish(1, vcs(LocalDate.of(2020, 6, 1))));
    }
    // a draft: compact-admin only
    given().get("/reports/2020").then().statusCode(404).contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.partner(PARTNER_ORG))
        .get("/reports/2020")
        .then()
        .statusCode(404);
    given().get("/reports/2020/report.csv").then().statusCode(404);
    given().get("/reports/2020/report.html").then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/reports/2020")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("status", equalTo("DRAFT"))
        .body("label", equalTo("2020-21"));

    // agreeing needs compact-admin and the draft's ETag
    given().post("/reports/2020/agree").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.partner(PARTNER_ORG))
        .header("If-Match", "\"0\"")
        .post("/reports/2020/agree")
        .then()
        .statusCode(403);
    given().auth().oauth2(TestTokens.admin()).post("/reports/2020/agree").then().statusCode(428);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"7\"")
        .post("/reports/2020/agree")
        .then()
        .statusCode(412);
    int agreedFigure = vcsSigned(TestTokens.admin(), 2020);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"0\"")
        .post("/reports/2020/agree")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("AGREED"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .post("/reports/2020/agree")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given().get("/reports/2020").then().statusCode(404);

    // a later event for 2020 changes live figures but not the agreed ones
    int liveNextYearBefore = vcsSigned(TestTokens.admin(), 2021);
    try (TestEvents events = new TestEvents(dataSource)) {
      events.awaitApplied(events.publish(1, vcs(LocalDate.of(2020, 7, 1))));
    }
    assertThat(vcsSigned(TestTokens.admin(), 2021)).isEqualTo(liveNextYearBefore + 1);
    assertThat(vcsSigned(TestTokens.admin(), 2020)).isEqualTo(agreedFigure);

    // publishing
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"0\"")
        .post("/reports/2020/publish")
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .post("/reports/2020/publish")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("PUBLISHED"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"2\"")
        .post("/reports/2020/publish")
        .then()
        .statusCode(409);
    assertThat(vcsSigned(TestTokens.partner(PARTNER_ORG), 2020)).isEqualTo(agreedFigure);
    given()
        .get("/reports/2020")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("PUBLISHED"))
        .body("previous.label", equalTo("2019-20"));
    given().get("/reports/2020/report.csv").then().statusCode(200).contentType("text/csv");
    given().get("/reports/2020/report.html").then().statusCode(200).contentType("text/html");
    given()
        .get("/reports?sort=-year")
        .then()
        .statusCode(200)
        .body("items.year", hasItem(2020))
        .body("items.status", not(hasItem("DRAFT")))
        .body("items.status", not(hasItem("AGREED")));
  }

  @Test
  void onlyAnAgreedReportCanBePublished() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"0\"")
        .post("/reports/2019/publish")
        .then()
        .statusCode(409)
        .body("status", equalTo(409))
        .body("reportStatus", equalTo("DRAFT"));
  }

  @Test
  void badYearsAreRejectedAndInvalidTokensAre401EvenOnPublicReads() {
    given().get("/reports/abc").then().statusCode(400).body("violations.field", hasItem("year"));
    given().get("/reports/1800").then().statusCode(400);
    given().get("/reports?size=500").then().statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.expired(TestTokens.PARTNER, PARTNER_ORG))
        .get("/reports")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null))
        .get("/reports/2020")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.wrongIssuer(TestTokens.COMPACT_ADMIN, null))
        .post("/reports/2020/agree")
        .then()
        .statusCode(401);
    given().get("/reports").then().statusCode(200);
  }

  @Test
  void adminListIncludesTheCurrentYearsDraft() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/reports?size=200")
        .then()
        .statusCode(200)
        .header("Link", org.hamcrest.Matchers.notNullValue())
        .body("items.status", hasItem("DRAFT"));
  }
}
