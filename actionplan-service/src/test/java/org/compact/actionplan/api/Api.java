package org.compact.actionplan.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.compact.testsupport.TestTokens;

/** Small REST helpers for the action plan tests (always as compact-admin unless said). */
final class Api {
  private Api() {}

  static String createPlan(String title, String period, String adoptedOn) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(
            "{\"title\":\""
                + title
                + "\",\"period\":"
                + (period == null ? "null" : "\"" + period + "\"")
                + ",\"adoptedOn\":"
                + (adoptedOn == null ? "null" : "\"" + adoptedOn + "\"")
                + "}")
        .post("/plans")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String addSection(String planId, String title) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\":\"" + title + "\"}")
        .post("/plans/" + planId + "/sections")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String addObjective(String planId, String sectionId, String text) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"text\":\"" + text + "\"}")
        .post("/plans/" + planId + "/sections/" + sectionId + "/objectives")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String addAction(String planId, String objectiveId, String json) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/plans/" + planId + "/objectives/" + objectiveId + "/actions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String etag(String path) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  static void publish(String planId) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag("/plans/" + planId))
        .post("/plans/" + planId + "/publish")
        .then()
        .statusCode(200);
  }

  /** A published plan with one action led by {@code leadOrg}; returns [planId, actionId]. */
  static String[] publishedPlanWithAction(String timescale, UUID leadOrg) {
    String plan = createPlan("Plan " + UUID.randomUUID(), "2009-10", "2009-04-20");
    String section = addSection(plan, "Consultation");
    String objective = addObjective(plan, section, "Coordinate consultation");
    String action =
        addAction(
            plan,
            objective,
            "{\"description\":\"Put together a timetable\",\"priority\":\"HIGH\",\"timescale\":\""
                + timescale
                + "\",\"lead\":\"Policy Officer\",\"leadSignatoryIds\":[\""
                + leadOrg
                + "\"]}");
    publish(plan);
    return new String[] {plan, action};
  }

  static Response postProgress(String token, String actionId, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/actions/" + actionId + "/progress");
  }
}
