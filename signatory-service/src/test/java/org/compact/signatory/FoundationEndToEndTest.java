package org.compact.signatory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.platform.consumer.IdempotentConsumer;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The whole path on real servers: authorised POST → row + outbox row in one transaction → relay →
 * Kafka → a consumer validates the envelope against its committed schema and applies it once.
 */
@QuarkusTest
class FoundationEndToEndTest {
  @Inject DataSource dataSource;
  @Inject IdempotentConsumer consumer;

  @Test
  void authorisedPostIsStoredPublishedAndConsumedOnce() {
    String id =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .contentType(ContentType.JSON)
            .body(
                """
                {"name":"Stafford Community Forum","sector":"VCS","kind":"community group","area":"Stafford"}
                """)
            .when()
            .post("/signatories")
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .header("Location", notNullValue())
            .body("status", equalTo("PROSPECT"))
            .extract()
            .path("id");

    Db db = new Db(dataSource);
    assertThat(db.count("select count(*) from organisation where id = ?", UUID.fromString(id)))
        .isEqualTo(1);
    assertThat(db.count("select count(*) from outbox_event where aggregate_id = ?", id))
        .isEqualTo(1);

    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      var record = capture.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(30));
      EventSchemas.assertValid(record.value());
      EventEnvelope event = EventCodec.read(record.value());
      assertThat(event.type()).isEqualTo("signatory.registered");
      SignatoryRegistered payload = EventCodec.payload(event, SignatoryRegistered.class);
      assertThat(payload.name()).isEqualTo("Stafford Community Forum");
      assertThat(payload.registeredOn()).isNotNull();

      AtomicInteger applied = new AtomicInteger();
      assertThat(consumer.handleOnce("foundation-test", event, e -> applied.incrementAndGet()))
          .isTrue();
      assertThat(consumer.handleOnce("foundation-test", event, e -> applied.incrementAndGet()))
          .as("a redelivered event is ignored")
          .isFalse();
      EventEnvelope newer =
          EventCodec.envelope(
              org.compact.contracts.EventType.SIGNATORY_REGISTERED, 2, event.occurredAt(), payload);
      assertThat(consumer.handleOnce("foundation-test", newer, e -> applied.incrementAndGet()))
          .as("a new event is applied")
          .isTrue();
      assertThat(applied.get()).isEqualTo(2);
    }
    assertThat(
            db.count(
                "select count(*) from outbox_event where aggregate_id = ? and published_at is not null",
                id))
        .isEqualTo(1);
  }

  @Test
  void badInputIsProblemJson400AndWritesNothing() {
    Db db = new Db(dataSource);
    long before = db.count("select count(*) from organisation");
    long outboxBefore = db.count("select count(*) from outbox_event");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"name\": \"Broken")
        .post("/signatories")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("title", notNullValue())
        .body("type", notNullValue());
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"name\":\"X\",\"sector\":\"VCS\",\"kind\":\"charity\",\"colour\":\"red\"}")
        .post("/signatories")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("colour"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"name\":\"\",\"sector\":\"VCS\"}")
        .post("/signatories")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("name"))
        .body("violations.field", hasItem("kind"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Y\",\"sector\":\"MARTIAN\",\"kind\":\"charity\"}")
        .post("/signatories")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("sector"));
    assertThat(db.count("select count(*) from organisation")).isEqualTo(before);
    assertThat(db.count("select count(*) from outbox_event")).isEqualTo(outboxBefore);
  }

  @Test
  void tokensAreCheckedOnEveryEndpoint() {
    String body = "{\"name\":\"Auth Test Org\",\"sector\":\"PUBLIC\",\"kind\":\"council\"}";
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/signatories")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.expired(TestTokens.COMPACT_ADMIN, null))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/signatories")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.signedByOtherKey(TestTokens.COMPACT_ADMIN, null))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/signatories")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.wrongIssuer(TestTokens.COMPACT_ADMIN, null))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/signatories")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.partner(UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/signatories")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // positive control: the admin may
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/signatories")
        .then()
        .statusCode(201);
  }

  @Test
  void invalidTokenIs401EvenOnPublicReads() {
    String unknown = UUID.randomUUID().toString();
    given()
        .get("/signatories/" + unknown)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.expired(TestTokens.PARTNER, UUID.randomUUID()))
        .get("/signatories/" + unknown)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.signedByOtherKey(TestTokens.PARTNER, UUID.randomUUID()))
        .get("/signatories/" + unknown)
        .then()
        .statusCode(401);
    given()
        .get("/signatories/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
