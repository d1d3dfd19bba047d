package org.compact.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Partners submit examples, compact-admin curates them; only approved ones are public. */
@QuarkusTest
class GoodPracticeTest {
  private static final UUID OWNER = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();

  private static String body(String title) {
    return "{\"title\":\""
        + title
        + "\",\"description\":\"The council and the CVS ran it together.\","
        + "\"occurredOn\":\"2015-06-15\"}";
  }

  private static String submit(String title) {
    return given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .contentType(ContentType.JSON)
        .body(body(title))
        .post("/good-practice")
        .then()
        .statusCode(201)
        .header("ETag", "\"1\"")
        .body("status", equalTo("SUBMITTED"))
        .body("organisationId", equalTo(OWNER.toString()))
        .extract()
        .path("id");
  }

  @Test
  void onlyPartnersWithAnOrganisationSubmit() {
    given()
        .contentType(ContentType.JSON)
        .body(body("x"))
        .post("/good-practice")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.expired(TestTokens.PARTNER, OWNER))
        .contentType(ContentType.JSON)
        .body(body("x"))
        .post("/good-practice")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.signedByOtherKey(TestTokens.PARTNER, OWNER))
        .contentType(ContentType.JSON)
        .body(body("x"))
        .post("/good-practice")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.wrongIssuer(TestTokens.PARTNER, OWNER))
        .contentType(ContentType.JSON)
        .body(body("x"))
        .post("/good-practice")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body("x"))
        .post("/good-practice")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.token(TestTokens.PARTNER, null, "no-org"))
        .contentType(ContentType.JSON)
        .body(body("x"))
        .post("/good-practice")
        .then()
        .statusCode(403);
    submit("Positive control");
  }

  @Test
  void badSubmissionsAre400Or422() {
    given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .contentType(ContentType.JSON)
        .body("{\"title\":\"\",\"description\":\"d\"}")
        .post("/good-practice")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("title"))
        .body("violations.field", hasItem("occurredOn"));
    given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .contentType(ContentType.JSON)
        .body("{\"title\":\"t\",\"description\":\"d\",\"occurredOn\":\"2999-01-01\"}")
        .post("/good-practice")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("occurredOn"));
  }

  @Test
  void aRetriedSubmissionWithTheSameKeyIsReplayed() {
    String first =
        given()
            .auth()
            .oauth2(TestTokens.partner(OWNER))
            .header("Idempotency-Key", "gp-key-1")
            .contentType(ContentType.JSON)
            .body(body("Idempotent"))
            .post("/good-practice")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .header("Idempotency-Key", "gp-key-1")
        .contentType(ContentType.JSON)
        .body(body("Idempotent"))
        .post("/good-practice")
        .then()
        .statusCode(201)
        .body("id", equalTo(first));
    given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .header("Idempotency-Key", "gp-key-1")
        .contentType(ContentType.JSON)
        .body(body("Another body"))
        .post("/good-practice")
        .then()
        .statusCode(422);
  }

  @Test
  void submittedExamplesAreVisibleToTheirOrganisationAndAdminsOnlyUntilApproved() {
    String id = submit("Visibility");
    given().get("/good-practice/" + id).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.partner(OTHER))
        .get("/good-practice/" + id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .get("/good-practice/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/good-practice/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    given()
        .get("/good-practice?size=200")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/good-practice?status=SUBMITTED&size=200")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    given().get("/good-practice?status=MAYBE").then().statusCode(400);

    // curation needs compact-admin and If-Match
    given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .header("If-Match", "\"1\"")
        .post("/good-practice/" + id + "/approve")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/good-practice/" + id + "/approve")
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"9\"")
        .post("/good-practice/" + id + "/approve")
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .post("/good-practice/" + UUID.randomUUID() + "/approve")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .post("/good-practice/" + id + "/approve")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("APPROVED"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"2\"")
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"changed our mind\"}")
        .post("/good-practice/" + id + "/reject")
        .then()
        .statusCode(409);

    given().get("/good-practice/" + id).then().statusCode(200).body("status", equalTo("APPROVED"));
    given().get("/good-practice?size=200").then().statusCode(200).body("items.id", hasItem(id));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/reports/2015")
        .then()
        .statusCode(200)
        .body("figures.goodPractice.title", hasItem("Visibility"));
  }

  @Test
  void aRejectionNeedsAReasonAndKeepsTheExampleOutOfReports() {
    String id = submit("Rejected example");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body("{\"reason\":\" \"}")
        .post("/good-practice/" + id + "/reject")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("reason"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"Not about the Compact\"}")
        .post("/good-practice/" + id + "/reject")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("rejectionReason", equalTo("Not about the Compact"));
    given()
        .auth()
        .oauth2(TestTokens.partner(OWNER))
        .get("/good-practice/" + id)
        .then()
        .statusCode(200)
        .body("rejectionReason", equalTo("Not about the Compact"));
    given().get("/good-practice/" + id).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/reports/2015")
        .then()
        .statusCode(200)
        .body("figures.goodPractice.title", not(hasItem("Rejected example")));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/good-practice/" + id)
        .then()
        .statusCode(200)
        .body("curatedAt", not(nullValue()));
  }
}
