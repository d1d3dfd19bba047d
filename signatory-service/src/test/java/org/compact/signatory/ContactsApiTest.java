package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Contacts are personal data: admin and the organisation's own partners only; erasure is real. */
@QuarkusTest
class ContactsApiTest {
  @Inject DataSource dataSource;

  @Test
  void adminAndOwnPartnersManageContactsOthersGet404() {
    UUID org = Register.registerSigned("Contacts Org", "VCS", "charity", "Stafford");
    String partner = TestTokens.partner(org);
    String contact =
        as(partner)
            .body(Register.contactJson("Pat Partner", "PAT@example.org", true, false, false))
            .post("/signatories/" + org + "/contacts")
            .then()
            .statusCode(201)
            .header("Location", containsString("/signatories/" + org + "/contacts/"))
            .body("email", equalTo("pat@example.org"))
            .body("receivesBriefings", equalTo(true))
            .body("compactChampion", equalTo(false))
            .extract()
            .path("id");
    admin()
        .get("/signatories/" + org + "/contacts")
        .then()
        .statusCode(200)
        .body("name", contains("Pat Partner"));
    as(partner).get("/signatories/" + org + "/contacts/" + contact).then().statusCode(200);

    String otherPartner = TestTokens.partner(UUID.randomUUID());
    as(otherPartner).get("/signatories/" + org + "/contacts").then().statusCode(404);
    as(otherPartner).get("/signatories/" + org + "/contacts/" + contact).then().statusCode(404);
    as(otherPartner)
        .body(Register.contactJson("Intruder", "x@example.org", true, false, false))
        .post("/signatories/" + org + "/contacts")
        .then()
        .statusCode(404);
    as(TestTokens.ccrgMember("ccrg-6"))
        .get("/signatories/" + org + "/contacts")
        .then()
        .statusCode(403);
    as(TestTokens.councilSystem(org))
        .get("/signatories/" + org + "/contacts")
        .then()
        .statusCode(403);
    as(null).get("/signatories/" + org + "/contacts").then().statusCode(401);
    as(TestTokens.expired(TestTokens.PARTNER, org))
        .get("/signatories/" + org + "/contacts")
        .then()
        .statusCode(401);
    as(TestTokens.signedByOtherKey(TestTokens.PARTNER, org))
        .get("/signatories/" + org + "/contacts")
        .then()
        .statusCode(401);
    admin().get("/signatories/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
    admin().get("/signatories/" + org + "/contacts/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void contactChangesNeedIfMatchAndValidInput() {
    UUID org = Register.registerProspect("Contact Edit Org");
    UUID contact =
        Register.addContact(
            org, Register.contactJson("Ed Itor", "ed@example.org", false, false, false));
    String etag =
        admin()
            .get("/signatories/" + org + "/contacts/" + contact)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    String update = Register.contactJson("Ed Itor", "ed.itor@example.org", true, false, true);
    admin().body(update).put("/signatories/" + org + "/contacts/" + contact).then().statusCode(428);
    admin()
        .header("If-Match", "\"41\"")
        .body(update)
        .put("/signatories/" + org + "/contacts/" + contact)
        .then()
        .statusCode(412);
    admin()
        .header("If-Match", etag)
        .body(update)
        .put("/signatories/" + org + "/contacts/" + contact)
        .then()
        .statusCode(200)
        .body("email", equalTo("ed.itor@example.org"))
        .body("showOnPublicRegister", equalTo(true));
    admin()
        .body("{\"name\":\"\",\"email\":\"not-an-email\",\"phone\":\"call me\"}")
        .post("/signatories/" + org + "/contacts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("name"))
        .body("violations.field", hasItem("email"))
        .body("violations.field", hasItem("phone"));
    admin()
        .body("{\"name\":\"X\",\"shoeSize\":9}")
        .post("/signatories/" + org + "/contacts")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("shoeSize"));
  }

  @Test
  void erasureDeletesThePersonalDataEverywhereAndKeepsOnlyAnAnonymousTrace() {
    Db db = new Db(dataSource);
    UUID org = Register.registerSigned("Erasure Org", "VCS", "charity", "Stafford");
    String key = UUID.randomUUID().toString();
    String json = Register.contactJson("Erin Erasable", "erin@example.org", true, true, true);
    String contact =
        admin()
            .header("Idempotency-Key", key)
            .body(json)
            .post("/signatories/" + org + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    admin()
        .header("Idempotency-Key", key)
        .body(json)
        .post("/signatories/" + org + "/contacts")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(contact));
    assertThat(
            db.count("select count(*) from idempotency_record where response_body like '%Erin%'"))
        .isEqualTo(1);
    String etag =
        admin().get("/signatories/" + org + "/contacts/" + contact).then().extract().header("ETag");
    as(TestTokens.partner(UUID.randomUUID()))
        .header("If-Match", etag)
        .delete("/signatories/" + org + "/contacts/" + contact)
        .then()
        .statusCode(404);
    admin().delete("/signatories/" + org + "/contacts/" + contact).then().statusCode(428);
    as(TestTokens.partner(org))
        .header("If-Match", etag)
        .delete("/signatories/" + org + "/contacts/" + contact)
        .then()
        .statusCode(204);

    assertThat(db.count("select count(*) from contact where id = ?", UUID.fromString(contact)))
        .isZero();
    assertThat(
            db.count("select count(*) from idempotency_record where response_body like '%Erin%'"))
        .isZero();
    assertThat(
            db.count(
                "select count(*) from organisation_history where organisation_id = ?"
                    + " and action = 'CONTACT_ERASED' and contact_id = ?",
                org,
                UUID.fromString(contact)))
        .isEqualTo(1);
    admin().get("/signatories/" + org + "/contacts/" + contact).then().statusCode(404);
    admin().get("/signatories/" + org + "/history").then().body(not(containsString("Erin")));
    as(null)
        .queryParam("name", "Erasure Org")
        .get("/register")
        .then()
        .body("items[0].contacts", empty());
    // the same key now creates afresh: nothing of the erased contact is replayed
    admin()
        .header("Idempotency-Key", key)
        .body(json)
        .post("/signatories/" + org + "/contacts")
        .then()
        .statusCode(201)
        .body("id", not(equalTo(contact)));
  }

  @Test
  void championChangesArePublishedAsAFlagWithoutAnyPersonalData() {
    UUID org = Register.registerSigned("Champion Council", "PUBLIC", "council", "Stafford");
    UUID helper =
        Register.addContact(
            org, Register.contactJson("Hal Helper", "hal@example.org", true, false, true));
    UUID champion =
        Register.addContact(
            org, Register.contactJson("Cham Pion", "cham.pion@example.org", true, true, false));
    admin().get("/signatories/" + org).then().body("hasChampion", equalTo(true));
    String etag =
        admin()
            .get("/signatories/" + org + "/contacts/" + champion)
            .then()
            .extract()
            .header("ETag");
    admin()
        .header("If-Match", etag)
        .delete("/signatories/" + org + "/contacts/" + champion)
        .then()
        .statusCode(204);
    admin().get("/signatories/" + org).then().body("hasChampion", equalTo(false));

    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      capture.awaitRecord(
          r ->
              r.key().equals(org.toString())
                  && EventCodec.read(r.value()).type().equals("signatory.champion-changed")
                  && !EventCodec.read(r.value()).payload().get("hasChampion").asBoolean(),
          Duration.ofSeconds(30));
      List<ConsumerRecord<String, String>> ours =
          capture.drain(Duration.ofMillis(300)).stream()
              .filter(r -> r.key().equals(org.toString()))
              .toList();
      List<EventEnvelope> champions =
          ours.stream()
              .map(r -> EventCodec.read(r.value()))
              .filter(e -> e.type().equals("signatory.champion-changed"))
              .toList();
      assertThat(champions)
          .extracting(e -> EventCodec.payload(e, SignatoryChampionChanged.class).hasChampion())
          .containsExactly(true, false);
      SignatoryChampionChanged first =
          EventCodec.payload(champions.get(0), SignatoryChampionChanged.class);
      assertThat(first.sector()).isEqualTo("PUBLIC");
      assertThat(first.changedOn()).isNotNull();
      for (ConsumerRecord<String, String> record : ours) {
        EventSchemas.assertValid(record.value());
        assertThat(record.value())
            .doesNotContain("Hal Helper", "hal@example.org", "Cham Pion", "cham.pion")
            .doesNotContain("01785 000111", "Chief Executive");
      }
    }
    assertThat(helper).isNotNull();
  }
}
