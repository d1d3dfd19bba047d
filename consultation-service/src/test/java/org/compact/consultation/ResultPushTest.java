package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.consultation.Fixtures.pushResult;
import static org.compact.consultation.Fixtures.result;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Council systems push results for their own consultations only; idempotent by externalRef. */
@QuarkusTest
class ResultPushTest {
  @Inject DataSource dataSource;

  private long resultEvents(String id) {
    return new Db(dataSource)
        .count(
            "select count(*) from outbox_event where aggregate_id = ? and event_type ="
                + " 'consultation.results-published'",
            id);
  }

  @Test
  void councilSystemOfTheOwnerPushesAndOtherOrganisationsSee404() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.closed(owner);
    pushResult(TestTokens.councilSystem(UUID.randomUUID()), id, result("R-1", 10))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    pushResult(TestTokens.token(TestTokens.COUNCIL_SYSTEM, null, "no-org"), id, result("R-1", 10))
        .then()
        .statusCode(404);
    pushResult(TestTokens.partner(owner), id, result("R-1", 10)).then().statusCode(403);
    pushResult(TestTokens.ccrgMember("m"), id, result("R-1", 10)).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(result("R-1", 10))
        .post("/consultations/" + id + "/results")
        .then()
        .statusCode(401);
    pushResult(TestTokens.expired(TestTokens.COUNCIL_SYSTEM, owner), id, result("R-1", 10))
        .then()
        .statusCode(401);
    pushResult(TestTokens.signedByOtherKey(TestTokens.COUNCIL_SYSTEM, owner), id, result("R-1", 10))
        .then()
        .statusCode(401);
    assertThat(resultEvents(id)).isZero();
    // positive control: the owner's council system
    pushResult(TestTokens.councilSystem(owner), id, result("R-1", 10))
        .then()
        .statusCode(201)
        .header("Location", containsString("/results/"))
        .body("externalRef", equalTo("R-1"))
        .body("responseCount", equalTo(10))
        .body("firstResult", equalTo(true))
        .body("breakdown[0].group", equalTo("18-24"));
    given()
        .get("/consultations/" + id)
        .then()
        .body("status", equalTo("RESULTS_PUBLISHED"))
        .body("resultsPublishedOn", equalTo("2025-05-01"));
    given()
        .get("/consultations/" + id + "/results")
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].documents[0]", equalTo("https://example.gov.uk/results.pdf"));
    assertThat(resultEvents(id)).isEqualTo(1);
  }

  @Test
  void adminPushesForAnyOrganisation() {
    String id = Fixtures.closed(UUID.randomUUID());
    String resultId =
        pushResult(TestTokens.admin(), id, result("ADMIN-1", 3))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .get("/consultations/" + id + "/results/" + resultId)
        .then()
        .statusCode(200)
        .body("externalRef", equalTo("ADMIN-1"));
    given()
        .get("/consultations/" + Fixtures.closed(UUID.randomUUID()) + "/results/" + resultId)
        .then()
        .statusCode(404);
  }

  @Test
  void resultsBeforeClosingAre409() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.scheduled(owner, LocalDate.of(2031, 1, 6), LocalDate.of(2031, 3, 31));
    pushResult(TestTokens.councilSystem(owner), id, result("EARLY", 1))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("consultationStatus", equalTo("PLANNED"));
    pushResult(TestTokens.councilSystem(owner), UUID.randomUUID().toString(), result("X", 1))
        .then()
        .statusCode(404);
  }

  @Test
  void sameRefAndBodyReturnsTheSameResultWithoutASecondEvent() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.closed(owner);
    String token = TestTokens.councilSystem(owner);
    String first =
        pushResult(token, id, result("SAME", 42)).then().statusCode(201).extract().path("id");
    long version = Long.parseLong(Fixtures.etag(id).replace("\"", ""));
    String second =
        pushResult(token, id, result("SAME", 42)).then().statusCode(200).extract().path("id");
    assertThat(second).isEqualTo(first);
    assertThat(resultEvents(id)).isEqualTo(1);
    assertThat(Long.parseLong(Fixtures.etag(id).replace("\"", "")))
        .as("nothing changed")
        .isEqualTo(version);

    pushResult(token, id, result("SAME", 43))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("externalRef", equalTo("SAME"))
        .body("resultId", equalTo(first));
    assertThat(resultEvents(id)).isEqualTo(1);

    // a second, different result: a new event, no status change
    pushResult(token, id, result("SECOND", 7))
        .then()
        .statusCode(201)
        .body("firstResult", equalTo(false));
    assertThat(resultEvents(id)).isEqualTo(2);
    given().get("/consultations/" + id + "/results").then().body("$", hasSize(2));
  }

  @Test
  void idempotencyKeyMisuseIs422AndDistinctFromTheRefConflict() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.closed(owner);
    String key = UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(TestTokens.councilSystem(owner))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(result("K-1", 5))
        .post("/consultations/" + id + "/results")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.councilSystem(owner))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(result("K-2", 5))
        .post("/consultations/" + id + "/results")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://compact.example/problems/idempotency-key-reused"));
    pushResult(TestTokens.councilSystem(owner), id, result("K-1", 6))
        .then()
        .statusCode(409)
        .body("type", equalTo("https://compact.example/problems/conflict"));
  }

  @Test
  void badResultBodiesAre400Or422() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.closed(owner);
    String token = TestTokens.councilSystem(owner);
    pushResult(token, id, result("", -1))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("externalRef"))
        .body("violations.field", hasItem("responseCount"));
    pushResult(
            token, id, result("BAD-URL", 1).replace("https://example.gov.uk/results.pdf", "nope"))
        .then()
        .statusCode(400);
    pushResult(token, id, result("FUTURE", 1).replace("2025-05-01", "2099-01-01"))
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("publishedOn"));
    pushResult(token, id, result("BEFORE", 1).replace("2025-05-01", "2024-12-01"))
        .then()
        .statusCode(422);
    assertThat(resultEvents(id)).isZero();
  }

  @Test
  void bulkPushReportsEachItemWithTheStatusASinglePushWouldHave() {
    UUID owner = UUID.randomUUID();
    String mine = Fixtures.closed(owner);
    String other = Fixtures.closed(UUID.randomUUID());
    String open = Fixtures.scheduled(owner, LocalDate.of(2031, 1, 6), LocalDate.of(2031, 3, 31));
    String token = TestTokens.councilSystem(owner);
    pushResult(token, mine, result("B-0", 1)).then().statusCode(201);
    String bulk =
        """
        {"items":[
          {"consultationId":"%s","result":%s},
          {"consultationId":"%s","result":%s},
          {"consultationId":"%s","result":%s},
          {"consultationId":"%s","result":%s},
          {"consultationId":"%s","result":%s},
          {"consultationId":"%s","result":%s}
        ]}
        """
            .formatted(
                mine, result("B-1", 5),
                mine, result("B-0", 1),
                mine, result("B-0", 2),
                other, result("B-2", 5),
                open, result("B-3", 5),
                mine, result("", 5));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(bulk)
        .post("/results/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("unchanged", equalTo(1))
        .body("failed", equalTo(4))
        .body("items.status", equalTo(java.util.List.of(201, 200, 409, 404, 409, 400)))
        .body(
            "items.outcome",
            equalTo(
                java.util.List.of(
                    "CREATED", "UNCHANGED", "REJECTED", "REJECTED", "REJECTED", "REJECTED")))
        .body("items[0].result.id", notNullValue())
        .body("items[3].problem.status", equalTo(404))
        .body("items[5].problem.violations.field", hasItem("result.externalRef"));
    assertThat(resultEvents(mine)).isEqualTo(2);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(
            "{\"items\":[{\"consultationId\":\"%s\",\"result\":%s}]}"
                .formatted(other, result("A", 1)))
        .post("/results/bulk")
        .then()
        .statusCode(200)
        .body("items[0].status", equalTo(201));
    given()
        .auth()
        .oauth2(TestTokens.partner(owner))
        .contentType(ContentType.JSON)
        .body("{\"items\":[]}")
        .post("/results/bulk")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"items\":[]}")
        .post("/results/bulk")
        .then()
        .statusCode(400);
  }
}
