package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.consultation.Fixtures.body;
import static org.compact.consultation.Fixtures.schedule;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Scheduling, reading, revising and cancelling over HTTP with real signed tokens. */
@QuarkusTest
class ConsultationApiTest {
  static final LocalDate OPENS = LocalDate.of(2031, 1, 6);
  static final LocalDate CLOSES_84 = OPENS.plusDays(84);

  @Inject DataSource dataSource;

  @Test
  void adminSchedulesForAnyOrganisationAndThePublicReadsItWithAnETag() {
    UUID owner = UUID.randomUUID();
    String id =
        schedule(TestTokens.admin(), body(owner, OPENS, CLOSES_84, null))
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .header("Location", containsString("/consultations/"))
            .body("status", equalTo("PLANNED"))
            .body("ownerId", equalTo(owner.toString()))
            .body("leadIn.days", equalTo(84))
            .body("leadIn.requiredDays", equalTo(84))
            .body("leadIn.ruleMet", equalTo(true))
            .body("leadIn.shortReason", nullValue())
            .body("audiences", hasItem("CITIZENS_PANEL"))
            .body("representativeViews", equalTo(true))
            .body("directViews", equalTo(true))
            .body("contact", equalTo("consultation@example.gov.uk"))
            .body("links[0].url", equalTo("https://example.gov.uk/survey"))
            .body("sequence", equalTo(0))
            .extract()
            .path("id");
    String etag =
        given()
            .get("/consultations/" + id)
            .then()
            .statusCode(200)
            .header("ETag", notNullValue())
            .body("title", equalTo("Local priorities"))
            .body("status", equalTo("PLANNED"))
            .extract()
            .header("ETag");
    assertThat(etag).isNotBlank();
  }

  @Test
  void partnerSchedulesOnlyForItsOwnOrganisation() {
    UUID own = UUID.randomUUID();
    schedule(TestTokens.partner(own), body(own, OPENS, CLOSES_84, null))
        .then()
        .statusCode(201)
        .body("ownerId", equalTo(own.toString()));
    schedule(TestTokens.partner(own), body(UUID.randomUUID(), OPENS, CLOSES_84, null))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    schedule(
            TestTokens.token(TestTokens.PARTNER, null, "no-org"), body(own, OPENS, CLOSES_84, null))
        .then()
        .statusCode(403);
  }

  @Test
  void otherRolesAndBadTokensCannotSchedule() {
    UUID owner = UUID.randomUUID();
    String body = body(owner, OPENS, CLOSES_84, null);
    schedule(TestTokens.councilSystem(owner), body).then().statusCode(403);
    schedule(TestTokens.ccrgMember("ccrg-1"), body).then().statusCode(403);
    given().contentType(ContentType.JSON).body(body).post("/consultations").then().statusCode(401);
    schedule(TestTokens.expired(TestTokens.COMPACT_ADMIN, null), body)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    schedule(TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null), body)
        .then()
        .statusCode(401);
    schedule(TestTokens.wrongIssuer(TestTokens.COMPACT_ADMIN, null), body).then().statusCode(401);
    schedule(TestTokens.admin(), body).then().statusCode(201); // positive control
  }

  @Test
  void leadInUnderTwelveWeeksWithoutAReasonIs422NamingTheRuleAndTheDays() {
    UUID owner = UUID.randomUUID();
    Db db = new Db(dataSource);
    long before = db.count("select count(*) from consultation where owner_id = ?", owner);
    schedule(TestTokens.admin(), body(owner, OPENS, OPENS.plusDays(83), null))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("consultation-lead-in"))
        .body("days", equalTo(83))
        .body("requiredDays", equalTo(84))
        .body("detail", containsString("83 days"))
        .body("violations.field", hasItem("shortLeadInReason"));
    assertThat(db.count("select count(*) from consultation where owner_id = ?", owner))
        .isEqualTo(before);
    schedule(
            TestTokens.admin(),
            body(owner, OPENS, OPENS.plusDays(83), "\"shortLeadInReason\":\"Statutory deadline\""))
        .then()
        .statusCode(201)
        .body("leadIn.days", equalTo(83))
        .body("leadIn.ruleMet", equalTo(false))
        .body("leadIn.shortReason", equalTo("Statutory deadline"));
    schedule(TestTokens.admin(), body(owner, OPENS, OPENS.plusDays(85), null))
        .then()
        .statusCode(201)
        .body("leadIn.days", equalTo(85));
  }

  @Test
  void historicConsultationIsEnteredAsClosedWithItsOwnDates() {
    String id = Fixtures.closed(UUID.randomUUID());
    given()
        .get("/consultations/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("openedOn", equalTo("2025-01-06"))
        .body("closedOn", equalTo("2025-03-31"))
        .body("leadIn.days", equalTo(84));
  }

  @Test
  void malformedOrInvalidBodiesAre400AndWriteNothing() {
    UUID owner = UUID.randomUUID();
    Db db = new Db(dataSource);
    schedule(TestTokens.admin(), "{\"title\": \"broken").then().statusCode(400);
    schedule(TestTokens.admin(), body(owner, OPENS, CLOSES_84, "\"colour\":\"red\""))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("colour"));
    schedule(
            TestTokens.admin(),
            body(owner, OPENS, CLOSES_84, null).replace("\"SURVEY\"", "\"CARRIER_PIGEON\""))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    schedule(
            TestTokens.admin(),
            body(owner, OPENS, CLOSES_84, null).replace("2031-01-06", "06/01/2031"))
        .then()
        .statusCode(400);
    schedule(
            TestTokens.admin(),
            body(owner, OPENS, CLOSES_84, null)
                .replace("\"title\":\"Local priorities\"", "\"title\":\"\"")
                .replace("[\"SURVEY\"]", "[]")
                .replace("https://example.gov.uk/survey", "javascript:alert(1)"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("title"))
        .body("violations.field", hasItem("methods"));
    schedule(
            TestTokens.admin(),
            body(owner, OPENS, CLOSES_84, null).replace("https://example.gov.uk/survey", "ftp:x"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("url")));
    schedule(
            TestTokens.admin(),
            body(owner, OPENS, CLOSES_84, null)
                .replace("\"representativeViews\":true", "\"representativeViews\":false")
                .replace("\"directViews\":true", "\"directViews\":false"))
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("directViews"));
    schedule(
            TestTokens.admin(),
            body(owner, OPENS, OPENS.minusDays(1), "\"shortLeadInReason\":\"x\""))
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("closesOn"));
    assertThat(db.count("select count(*) from consultation where owner_id = ?", owner)).isZero();
    given().get("/consultations/not-a-uuid").then().statusCode(400);
    given()
        .get("/consultations/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.expired(TestTokens.PARTNER, owner))
        .get("/consultations/" + UUID.randomUUID())
        .then()
        .statusCode(401);
  }

  @Test
  void revisingNeedsIfMatchAndTheOwnerOrAdmin() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.scheduled(owner, OPENS, CLOSES_84);
    String etag = Fixtures.etag(id);
    String revision =
        body(owner, OPENS, CLOSES_84.plusDays(7), null)
            .replace("\"ownerId\":\"" + owner + "\",", "")
            .replace("Local priorities", "Local priorities (extended)");
    put(TestTokens.partner(owner), id, null, revision)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    put(TestTokens.partner(owner), id, "\"999\"", revision).then().statusCode(412);
    put(TestTokens.partner(UUID.randomUUID()), id, etag, revision).then().statusCode(403);
    put(TestTokens.councilSystem(owner), id, etag, revision).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(revision)
        .put("/consultations/" + id)
        .then()
        .statusCode(401);
    String newEtag =
        put(TestTokens.partner(owner), id, etag, revision)
            .then()
            .statusCode(200)
            .body("title", equalTo("Local priorities (extended)"))
            .body("leadIn.days", equalTo(91))
            .body("sequence", equalTo(1))
            .extract()
            .header("ETag");
    assertThat(newEtag).isNotEqualTo(etag);
    put(TestTokens.admin(), id, etag, revision).then().statusCode(412); // stale ETag
    put(
            TestTokens.admin(),
            id,
            newEtag,
            revision.replace(CLOSES_84.plusDays(7).toString(), OPENS.plusDays(20).toString()))
        .then()
        .statusCode(422)
        .body("days", equalTo(20));
  }

  @Test
  void cancellingNeedsAReasonAndIfMatchAndCannotBeRepeated() {
    UUID owner = UUID.randomUUID();
    String id = Fixtures.scheduled(owner, OPENS, CLOSES_84);
    String etag = Fixtures.etag(id);
    cancel(TestTokens.partner(owner), id, etag, "{}").then().statusCode(422);
    cancel(TestTokens.partner(owner), id, null, "{\"reason\":\"Merged\"}").then().statusCode(428);
    cancel(TestTokens.partner(UUID.randomUUID()), id, etag, "{\"reason\":\"Merged\"}")
        .then()
        .statusCode(403);
    String after =
        cancel(TestTokens.partner(owner), id, etag, "{\"reason\":\"Merged into the Place Survey\"}")
            .then()
            .statusCode(200)
            .body("status", equalTo("CANCELLED"))
            .body("cancellation.reason", equalTo("Merged into the Place Survey"))
            .body("cancellation.cancelledOn", notNullValue())
            .extract()
            .header("ETag");
    cancel(TestTokens.admin(), id, after, "{\"reason\":\"again\"}")
        .then()
        .statusCode(409)
        .body("consultationStatus", equalTo("CANCELLED"));
    put(
            TestTokens.admin(),
            id,
            after,
            body(owner, OPENS, CLOSES_84, null).replace("\"ownerId\":\"" + owner + "\",", ""))
        .then()
        .statusCode(409);
  }

  @Test
  void idempotencyKeyReplaysTheFirstScheduleAndRejectsAnotherBody() {
    UUID owner = UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    String first =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body(owner, OPENS, CLOSES_84, null))
            .post("/consultations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body(owner, OPENS, CLOSES_84, null))
        .post("/consultations")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body(owner, OPENS, CLOSES_84.plusDays(1), null))
        .post("/consultations")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://compact.example/problems/idempotency-key-reused"));
    assertThat(
            new Db(dataSource).count("select count(*) from consultation where owner_id = ?", owner))
        .isEqualTo(1);
  }

  static io.restassured.response.Response put(
      String token, String id, String ifMatch, String body) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/consultations/" + id);
  }

  static io.restassured.response.Response cancel(
      String token, String id, String ifMatch, String body) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.post("/consultations/" + id + "/cancel");
  }
}
