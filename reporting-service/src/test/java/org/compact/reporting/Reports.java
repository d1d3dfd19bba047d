package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.compact.testsupport.TestTokens;

/**
 * Report requests over HTTP: the annual report JSON as the compact-admin reads it, good practice.
 */
final class Reports {
  private Reports() {}

  static String json(int year) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/reports/" + year)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  static <T> T figure(int year, String path) {
    return JsonPath.from(json(year)).get(path);
  }

  static int newlySignedVcs(int year) {
    return figure(year, "figures.signatories.bySector.find { it.sector == 'VCS' }.newlySigned");
  }

  static int completedIn(int year) {
    return figure(year, "figures.actions.completedInYear");
  }

  /** A partner's good-practice submission; returns its id. */
  static String submitGoodPractice(UUID org, String title, String description, String occurredOn) {
    return given()
        .auth()
        .oauth2(TestTokens.partner(org))
        .contentType(ContentType.JSON)
        .body(
            "{\"title\":\""
                + title
                + "\",\"description\":\""
                + description
                + "\",\"occurredOn\":\""
                + occurredOn
                + "\"}")
        .post("/good-practice")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The compact-admin approves a newly submitted (version 1) good-practice example. */
  static void approveGoodPractice(String id) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .post("/good-practice/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
  }
}
