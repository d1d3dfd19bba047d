package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** "You said, we did" and feedback to those consulted. */
@QuarkusTest
class OutcomeAndFeedbackTest {
  static final String OUTCOME =
      """
      {"heard":"Residents asked for cleaner streets","decided":"Street cleansing budget up 5%",
       "howParticipantsTold":"Letter to every Citizens' Panel member","publishedOn":"2025-06-01"}
      """;
  static final String FEEDBACK =
      """
      {"givenOn":"2025-06-02","audience":"CITIZENS_PANEL","channel":"Letter to panel members",
       "summary":"Key results and what happens next","reached":1000}
      """;

  private static Response outcome(String token, String id, String ifMatch) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(OUTCOME);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.post("/consultations/" + id + "/outcome");
  }

  private static Response feedback(String token, String id, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/consultations/" + id + "/feedback");
  }

  @Test
  void outcomeComesAfterResultsWithIfMatchFromTheOwnerSide() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.closed(owner);
    outcome(TestTokens.partner(owner), id, Fixtures.etag(id))
        .then()
        .statusCode(409)
        .body("consultationStatus", equalTo("CLOSED"));
    Fixtures.pushResult(TestTokens.councilSystem(owner), id, Fixtures.result("O-1", 5))
        .then()
        .statusCode(201);
    String etag = Fixtures.etag(id);
    outcome(TestTokens.partner(owner), id, null).then().statusCode(428);
    outcome(TestTokens.partner(owner), id, "\"0\"").then().statusCode(412);
    outcome(TestTokens.partner(UUID.randomUUID()), id, etag).then().statusCode(403);
    outcome(TestTokens.councilSystem(UUID.randomUUID()), id, etag).then().statusCode(404);
    outcome(TestTokens.ccrgMember("m"), id, etag).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(OUTCOME)
        .post("/consultations/" + id + "/outcome")
        .then()
        .statusCode(401);
    outcome(TestTokens.partner(owner), id, etag)
        .then()
        .statusCode(200)
        .body("status", equalTo("OUTCOME_PUBLISHED"))
        .body("outcome.heard", equalTo("Residents asked for cleaner streets"))
        .body("outcome.decided", equalTo("Street cleansing budget up 5%"))
        .body("outcome.howParticipantsTold", equalTo("Letter to every Citizens' Panel member"))
        .body("outcome.publishedOn", equalTo("2025-06-01"));
    outcome(TestTokens.admin(), id, Fixtures.etag(id)).then().statusCode(409);
    given()
        .get("/consultations/" + id)
        .then()
        .body("outcome.heard", equalTo("Residents asked for cleaner streets"));
  }

  @Test
  void outcomeNeedsAllThreeParts() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.closed(owner);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", Fixtures.etag(id))
        .body("{\"heard\":\"x\"}")
        .post("/consultations/" + id + "/outcome")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("decided"))
        .body("violations.field", hasItem("howParticipantsTold"));
  }

  @Test
  void feedbackIsRecordedOnceClosedByTheOwnerSideAndIsPublic() {
    UUID owner = UUID.randomUUID();
    String planned = Fixtures.scheduled(owner, LocalDate.of(2031, 1, 6), LocalDate.of(2031, 3, 31));
    feedback(TestTokens.partner(owner), planned, FEEDBACK).then().statusCode(409);
    String id = Fixtures.closed(owner);
    feedback(TestTokens.partner(UUID.randomUUID()), id, FEEDBACK).then().statusCode(403);
    feedback(TestTokens.councilSystem(UUID.randomUUID()), id, FEEDBACK).then().statusCode(404);
    feedback(TestTokens.partner(owner), id, FEEDBACK.replace("CITIZENS_PANEL", "ALIENS"))
        .then()
        .statusCode(400);
    feedback(TestTokens.partner(owner), id, FEEDBACK.replace("2025-06-02", "2099-01-01"))
        .then()
        .statusCode(422);
    feedback(TestTokens.partner(owner), id, FEEDBACK)
        .then()
        .statusCode(201)
        .body("audience", equalTo("CITIZENS_PANEL"))
        .body("reached", equalTo(1000));
    feedback(
            TestTokens.councilSystem(owner),
            id,
            FEEDBACK.replace("CITIZENS_PANEL", "HARD_TO_REACH_GROUPS"))
        .then()
        .statusCode(201);
    given()
        .get("/consultations/" + id + "/feedback")
        .then()
        .statusCode(200)
        .body("$", hasSize(2))
        .body("audience", hasItem("HARD_TO_REACH_GROUPS"));
    given().get("/consultations/" + UUID.randomUUID() + "/feedback").then().statusCode(404);
  }
}
