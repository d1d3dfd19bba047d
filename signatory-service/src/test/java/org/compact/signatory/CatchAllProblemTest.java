package org.compact.signatory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatchAllProblemTest {
  @Test
  void unexpectedErrorIs500ProblemWithoutInternals() {
    given()
        .get("/test-only/boom")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("status", equalTo(500))
        .body("errorId", notNullValue())
        .body(not(containsString("hunter2")))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("at org.")));
  }

  @Test
  void wrongMethodAndMediaTypeAreProblemJson() {
    given().delete("/signatories").then().statusCode(405).contentType("application/problem+json");
    given()
        .auth()
        .oauth2(org.compact.testsupport.TestTokens.admin())
        .contentType("text/plain")
        .body("hello")
        .post("/signatories")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }
}
