package org.compact.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.notification.Api.SUBSCRIPTIONS;
import static org.compact.notification.Api.as;
import static org.compact.notification.Api.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Subscription CRUD: secrets, ETags, Idempotency-Key, paging, owner-only visibility, rules. */
@QuarkusTest
class SubscriptionApiTest {
  static final String HOOK = "http://127.0.0.1:9/hook";
  static final List<String> CONSULTATIONS = List.of("consultation.opened");

  @Inject DataSource dataSource;

  @Test
  void aPartnerRegistersForItsOrganisationAndSeesTheSecretOnlyInTheCreateAnswer() {
    UUID org = UUID.randomUUID();
    Response created =
        as(TestTokens.partner(org)).body(body(HOOK, CONSULTATIONS, null)).post(SUBSCRIPTIONS);
    created
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .header("Location", containsString(SUBSCRIPTIONS + "/"))
        .body("secret", startsWith("whsec_"))
        .body("status", equalTo("ACTIVE"))
        .body("ownerOrganisationId", equalTo(org.toString()))
        .body("organisationId", equalTo(org.toString()))
        .body("eventTypes", equalTo(CONSULTATIONS))
        .body("health.consecutiveFailures", equalTo(0));
    String id = created.jsonPath().getString("id");
    String secret = created.jsonPath().getString("secret");

    as(TestTokens.partner(org))
        .get(SUBSCRIPTIONS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("secret", nullValue())
        .body("url", equalTo(HOOK));
    Db db = new Db(dataSource);
    assertThat(db.count("select count(*) from subscription where id = ?", UUID.fromString(id)))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from subscription where secret_ciphertext like ?",
                "%" + secret.substring(6) + "%"))
        .as("the secret is stored encrypted only")
        .isZero();
  }

  @Test
  void theSameIdempotencyKeyReplaysTheCreationWithoutTheSecretAndAnotherBodyIs422() {
    String token = TestTokens.partner(UUID.randomUUID());
    String url = "http://127.0.0.1:9/idempotent-" + UUID.randomUUID();
    Response first =
        as(token)
            .header("Idempotency-Key", "create-1")
            .body(body(url, CONSULTATIONS, null))
            .post(SUBSCRIPTIONS);
    first.then().statusCode(201).body("secret", startsWith("whsec_"));
    String secret = first.jsonPath().getString("secret");

    as(token)
        .header("Idempotency-Key", "create-1")
        .body(body(url, CONSULTATIONS, null))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("ETag", equalTo("\"0\""))
        .body("id", equalTo(first.jsonPath().getString("id")))
        .body("secret", nullValue());
    as(token)
        .header("Idempotency-Key", "create-1")
        .body(body(url, List.of("consultation.closed"), null))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("status", equalTo(422));

    Db db = new Db(dataSource);
    assertThat(db.count("select count(*) from subscription where url = ?", url)).isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from idempotency_record where response_body like ?",
                "%" + secret.substring(6) + "%"))
        .as("the replayable answer never holds the secret")
        .isZero();
  }

  @Test
  void anotherOrganisationsPartnerGets404WhileTheOwnerAndCompactAdminGetTheSubscription() {
    UUID owner = UUID.randomUUID();
    String id = Api.subscribe(TestTokens.partner(owner), HOOK, CONSULTATIONS).id();
    String path = SUBSCRIPTIONS + "/" + id;
    String stranger = TestTokens.partner(UUID.randomUUID());

    as(stranger).get(path).then().statusCode(404).contentType("application/problem+json");
    as(stranger).header("If-Match", "\"0\"").delete(path).then().statusCode(404);
    as(stranger)
        .header("If-Match", "\"0\"")
        .body(body(HOOK, CONSULTATIONS, null))
        .put(path)
        .then()
        .statusCode(404);
    Api.post(stranger, path + "/rotate-secret", "\"0\"").then().statusCode(404);
    as(stranger).get(path + "/deliveries").then().statusCode(404);

    as(TestTokens.partner(owner)).get(path).then().statusCode(200);
    as(TestTokens.admin()).get(path).then().statusCode(200);
  }

  @Test
  void listsShowAPartnerOnlyItsOrganisationsSubscriptionsAndCompactAdminEveryOne() {
    UUID owner = UUID.randomUUID();
    String token = TestTokens.partner(owner);
    for (int i = 0; i < 3; i++) {
      Api.subscribe(token, HOOK + "/" + i, CONSULTATIONS);
    }
    String adminOwned = Api.subscribe(TestTokens.admin(), HOOK, CONSULTATIONS).id();

    as(token)
        .queryParam("size", 2)
        .get(SUBSCRIPTIONS)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items", hasSize(2))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .header("Link", containsString("rel=\"next\""));
    as(token)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(SUBSCRIPTIONS)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items.id", not(hasItem(adminOwned)));
    as(TestTokens.admin())
        .queryParam("ownerOrganisationId", owner.toString())
        .get(SUBSCRIPTIONS)
        .then()
        .statusCode(200)
        .body("total", equalTo(3));
    as(TestTokens.admin())
        .queryParam("size", 200)
        .get(SUBSCRIPTIONS)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(adminOwned));
    as(TestTokens.partner(UUID.randomUUID())).get(SUBSCRIPTIONS).then().body("total", equalTo(0));
  }

  @Test
  void badPagingSortAndFilterParametersAre400() {
    String token = TestTokens.partner(UUID.randomUUID());
    for (String[] query :
        List.of(
            new String[] {"size", "0"},
            new String[] {"size", "201"},
            new String[] {"page", "x"},
            new String[] {"sort", "secret"},
            new String[] {"status", "SLEEPING"})) {
      as(token)
          .queryParam(query[0], query[1])
          .get(SUBSCRIPTIONS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo(query[0]));
    }
    as(token).queryParam("status", "ACTIVE").get(SUBSCRIPTIONS).then().statusCode(200);
  }

  @Test
  void changesNeedTheCurrentETag() {
    String token = TestTokens.partner(UUID.randomUUID());
    String id = Api.subscribe(token, HOOK, CONSULTATIONS).id();
    String path = SUBSCRIPTIONS + "/" + id;
    String changed = body(HOOK + "/v2", List.of("consultation.closed"), null);

    as(token)
        .body(changed)
        .put(path)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    as(token).header("If-Match", "\"7\"").body(changed).put(path).then().statusCode(412);
    as(token)
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("url", equalTo(HOOK + "/v2"))
        .body("eventTypes", equalTo(List.of("consultation.closed")));

    as(token).delete(path).then().statusCode(428);
    as(token).header("If-Match", "\"0\"").delete(path).then().statusCode(412);
    as(token).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
    as(token).get(path).then().statusCode(404);
  }

  @Test
  void malformedRequestsAre400AndBrokenRulesAre422() {
    String token = TestTokens.partner(UUID.randomUUID());
    as(token).body("{\"url\":").post(SUBSCRIPTIONS).then().statusCode(400);
    as(token)
        .body("{\"url\":\"" + HOOK + "\",\"eventTypes\":[],\"x\":1}")
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(400);
    as(token)
        .body("{\"eventTypes\":[\"consultation.opened\"]}")
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("url")));
    as(token)
        .body(body(HOOK, CONSULTATIONS, List.of("EVERYTHING")))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(400);

    as(token)
        .body(body(HOOK, List.of("consultation.opened", "consultation.exploded"), null))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("eventTypes[1]"))
        .body("violations[0].message", containsString("consultation.exploded"));
    as(token)
        .body(body(HOOK, CONSULTATIONS, List.of("MY_DISPUTES")))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("filters"));
    as(token)
        .body(
            "{\"url\":\"%s\",\"eventTypes\":[\"consultation.opened\"],\"organisationId\":\"%s\"}"
                .formatted(HOOK, UUID.randomUUID()))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("organisationId"));
    as(TestTokens.admin())
        .body(body(HOOK, CONSULTATIONS, List.of("CONSULTATIONS_OF_MY_ORGANISATION")))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("organisationId"));

    UUID watched = UUID.randomUUID();
    as(TestTokens.admin())
        .body(
            ("{\"url\":\"%s\",\"eventTypes\":[\"consultation.opened\"],"
                    + "\"filters\":[\"CONSULTATIONS_OF_MY_ORGANISATION\"],\"organisationId\":\"%s\"}")
                .formatted(HOOK, watched))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(201)
        .body("organisationId", equalTo(watched.toString()))
        .body("ownerOrganisationId", nullValue());
  }

  @Test
  void theOwnerPausesAndResumesWithIfMatchAndSeesWhy() {
    String token = TestTokens.partner(UUID.randomUUID());
    String id = Api.subscribe(token, HOOK, CONSULTATIONS).id();
    String path = SUBSCRIPTIONS + "/" + id;

    as(token).body("{\"reason\":\"maintenance\"}").post(path + "/pause").then().statusCode(428);
    as(token)
        .header("If-Match", "\"0\"")
        .body("{\"reason\":\"maintenance\"}")
        .post(path + "/pause")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("PAUSED"))
        .body("pausedReason", containsString("maintenance"))
        .body("pausedAt", notNullValue());
    Api.post(token, path + "/pause", "\"1\"")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Api.post(token, path + "/resume", "\"0\"").then().statusCode(412);
    Api.post(token, path + "/resume", "\"1\"")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("pausedReason", nullValue());
    Api.post(token, path + "/resume", "\"2\"").then().statusCode(409);
  }

  @Test
  void rotatingShowsANewSecretOnceAndKeepsTheOldOneValidForTheOverlap() {
    String token = TestTokens.partner(UUID.randomUUID());
    Api.Created created = Api.subscribe(token, HOOK, CONSULTATIONS);
    String path = SUBSCRIPTIONS + "/" + created.id() + "/rotate-secret";

    Api.post(token, path, null).then().statusCode(428);
    Response rotated = Api.post(token, path, "\"0\"");
    rotated
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("secret", startsWith("whsec_"))
        .body("secret", not(equalTo(created.secret())));
    Instant validUntil = Instant.parse(rotated.jsonPath().getString("previousSecretValidUntil"));
    assertThat(validUntil)
        .isBetween(
            Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
    as(token)
        .get(SUBSCRIPTIONS + "/" + created.id())
        .then()
        .body("secret", nullValue())
        .body("secretRotatedAt", notNullValue());
  }

  @Test
  void theEventTypesArePublicAndSayWhichPartnersReceiveThem() {
    as(null)
        .get("/webhooks/event-types")
        .then()
        .statusCode(200)
        .body("size()", equalTo(org.compact.contracts.EventType.values().length))
        .body("find { it.type == 'dispute.opened' }.filter", equalTo("MY_DISPUTES"))
        .body(
            "find { it.type == 'dispute.opened' }.partnersReceive",
            containsString("party organisations"))
        .body("find { it.type == 'plan.created' }.filter", nullValue());
  }
}
