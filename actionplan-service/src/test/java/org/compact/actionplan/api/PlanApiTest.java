package org.compact.actionplan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanApiTest {
  @Inject DataSource dataSource;

  @Test
  void draftPlanIsBuiltByTheAdminAndPublishedWithItsEvents() {
    String plan = Api.createPlan("Consultation Strategy Action Plan 2009-2010", "2009-10", null);
    String section = Api.addSection(plan, "Consultation");
    String objective = Api.addObjective(plan, section, "To coordinate consultation activity");
    String action =
        Api.addAction(
            plan,
            objective,
            "{\"description\":\"Put together a timetable\",\"priority\":\"MEDIUM_HIGH\","
                + "\"timescale\":\"Between June and October 2009\",\"lead\":\"Policy Officer\"}");

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/plans/" + plan)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("status", equalTo("DRAFT"))
        .body("sections[0].title", equalTo("Consultation"))
        .body("sections[0].objectives[0].actions[0].id", equalTo(action))
        .body("sections[0].objectives[0].actions[0].priority", equalTo("MEDIUM_HIGH"))
        .body("sections[0].objectives[0].actions[0].timescale.kind", equalTo("RANGE"))
        .body("sections[0].objectives[0].actions[0].dueOn", equalTo("2009-10-31"))
        .body("sections[0].objectives[0].actions[0].status", equalTo("NOT_STARTED"));
    given().get("/plans/" + plan).then().statusCode(404).contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.partner(UUID.randomUUID()))
        .get("/plans/" + plan)
        .then()
        .statusCode(404);
    given().get("/plans").then().statusCode(200).body("items.id", not(hasItem(plan)));

    Api.publish(plan);
    given()
        .get("/plans/" + plan)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishedOn", notNullValue());
    given().get("/plans?size=200").then().statusCode(200).body("items.id", hasItem(plan));

    try (EventCapture capture = new EventCapture(Topics.ACTIONPLANS)) {
      var created =
          capture.awaitRecord(
              r -> action.equals(r.key()) && r.value().contains("action.created"),
              Duration.ofSeconds(30));
      EventSchemas.assertValid(created.value());
      ActionCreated payload =
          EventCodec.payload(EventCodec.read(created.value()), ActionCreated.class);
      assertThat(payload.dueDate()).hasToString("2009-10-31");
      var published =
          capture.awaitRecord(
              r -> plan.equals(r.key()) && r.value().contains("plan.published"),
              Duration.ofSeconds(30));
      EventSchemas.assertValid(published.value());
      EventEnvelope envelope = EventCodec.read(published.value());
      assertThat(EventCodec.payload(envelope, PlanPublished.class).publishedOn()).isNotNull();
      capture.awaitRecord(
          r -> plan.equals(r.key()) && r.value().contains("plan.created"), Duration.ofSeconds(30));
    }

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", Api.etag("/plans/" + plan))
        .post("/plans/" + plan + "/publish")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void changesNeedIfMatchAndAStaleOneIs412() {
    String plan = Api.createPlan("Etag plan", "2010-11", null);
    String body = "{\"title\":\"Renamed plan\",\"period\":\"2010-11\"}";
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put("/plans/" + plan)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    String etag = Api.etag("/plans/" + plan);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/plans/" + plan)
        .then()
        .statusCode(200)
        .body("title", equalTo("Renamed plan"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/plans/" + plan)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void actionEditNeedsItsOwnEtagAndEmitsActionUpdated() {
    String plan = Api.createPlan("Edit plan", "2009-10", null);
    String objective = Api.addObjective(plan, Api.addSection(plan, "S"), "O");
    String action = Api.addAction(plan, objective, "{\"description\":\"First\"}");
    String etag = Api.etag("/actions/" + action);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"description\":\"Second\",\"priority\":\"LOW\",\"timescale\":\"TBC\"}")
        .put("/actions/" + action)
        .then()
        .statusCode(200)
        .body("description", equalTo("Second"))
        .body("timescale.unparsed", equalTo(true))
        .body("timescale.text", equalTo("TBC"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"description\":\"Third\"}")
        .put("/actions/" + action)
        .then()
        .statusCode(412);
    try (EventCapture capture = new EventCapture(Topics.ACTIONPLANS)) {
      var updated =
          capture.awaitRecord(
              r -> action.equals(r.key()) && r.value().contains("action.updated"),
              Duration.ofSeconds(30));
      EventSchemas.assertValid(updated.value());
    }
  }

  @Test
  void onlyTheAdminManagesPlansWithRealTokens() {
    String body = "{\"title\":\"Auth plan\",\"period\":\"2009-10\"}";
    given().contentType(ContentType.JSON).body(body).post("/plans").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.expired(TestTokens.COMPACT_ADMIN, null))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/plans")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/plans")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.wrongIssuer(TestTokens.COMPACT_ADMIN, null))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/plans")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.partner(UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/plans")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.councilSystem(UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/plans")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/plans")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.expired(TestTokens.PARTNER, UUID.randomUUID()))
        .get("/plans")
        .then()
        .statusCode(401);
  }

  @Test
  void badInputIs400AndBrokenRulesAre422() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\":\"\",\"period\":\"last year\"}")
        .post("/plans")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("title"))
        .body("violations.field", hasItem("period"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\":\"Backwards\",\"period\":\"2010-09\"}")
        .post("/plans")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("period"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\":\"X\",\"colour\":\"red\"}")
        .post("/plans")
        .then()
        .statusCode(400);
    given().get("/plans/not-a-uuid").then().statusCode(400);
    given().get("/plans?size=500").then().statusCode(400);
    given().get("/actions?status=LATE").then().statusCode(400);
    String empty = Api.createPlan("Empty plan", null, null);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", Api.etag("/plans/" + empty))
        .post("/plans/" + empty + "/publish")
        .then()
        .statusCode(422);
  }

  @Test
  void idempotencyKeyReplaysThePlanCreation() {
    String key = UUID.randomUUID().toString();
    String body = "{\"title\":\"Idempotent plan\",\"period\":\"2009-10\"}";
    String first =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/plans")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body.replace("Idempotent", "Other"))
        .post("/plans")
        .then()
        .statusCode(422);
    assertThat(
            new Db(dataSource)
                .count("select count(*) from plan where id = ?", UUID.fromString(first)))
        .isEqualTo(1);
  }

  @Test
  void archivedPlanIsReadOnlyAndNoLongerPublic() {
    String[] ids = Api.publishedPlanWithAction("June 2009", UUID.randomUUID());
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", Api.etag("/plans/" + ids[0]))
        .post("/plans/" + ids[0] + "/archive")
        .then()
        .statusCode(200)
        .body("status", equalTo("ARCHIVED"));
    given().get("/plans/" + ids[0]).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\":\"Late section\"}")
        .post("/plans/" + ids[0] + "/sections")
        .then()
        .statusCode(409);
  }
}
