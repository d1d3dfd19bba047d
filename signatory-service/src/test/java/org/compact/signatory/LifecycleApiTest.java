package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.contracts.EventCodec;
import org.compact.contracts.Topics;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.outbox.Outbox;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** PROSPECT → SIGNED → WITHDRAWN → SIGNED, deletion, history and their events. */
@QuarkusTest
class LifecycleApiTest {
  @Inject CompactConfig compact;
  @Inject Outbox outbox;
  @Inject DataSource dataSource;

  @Test
  void signWithdrawAndResignArePublishedWithTheirBusinessDatesAndKeptInHistory() {
    UUID id = Register.registerProspect("Lifecycle Trust");
    String etag = Register.etag(id);
    admin()
        .header("If-Match", etag)
        .body("{\"signedOn\":\"2009-04-01\",\"signedBy\":\"Chair of Trustees\"}")
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"))
        .body("signedOn", equalTo("2009-04-01"))
        .body("signedBy", equalTo("Chair of Trustees"))
        .body("codesOfPractice", equalTo(compact.codesOfPractice()))
        .body("allowedTransitions", contains("withdraw"));
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"withdrawnOn\":\"2011-03-31\",\"reason\":\"Merged with another charity\"}")
        .post("/signatories/" + id + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawnOn", equalTo("2011-03-31"))
        .body("withdrawalReason", equalTo("Merged with another charity"));
    as(null).get("/signatories/" + id).then().statusCode(404);
    as(TestTokens.partner(id))
        .get("/signatories/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"signedOn\":\"2012-01-05\",\"signedBy\":\"New Chair\"}")
        .post("/signatories/" + id + "/resign")
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"))
        .body("signedOn", equalTo("2012-01-05"));

    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      ConsumerRecord<String, String> resigned =
          capture.awaitRecord(
              r ->
                  r.key().equals(id.toString())
                      && EventCodec.read(r.value()).type().equals("signatory.resigned"),
              Duration.ofSeconds(30));
      List<ConsumerRecord<String, String>> ours =
          capture.drain(Duration.ofMillis(300)).stream()
              .filter(r -> r.key().equals(id.toString()))
              .toList();
      assertThat(ours)
          .extracting(r -> EventCodec.read(r.value()).type())
          .containsExactly(
              "signatory.registered",
              "signatory.signed",
              "signatory.withdrawn",
              "signatory.resigned");
      assertThat(ours)
          .extracting(r -> EventCodec.read(r.value()).aggregateVersion())
          .isSorted()
          .doesNotHaveDuplicates();
      ours.forEach(r -> EventSchemas.assertValid(r.value()));
      ours.forEach(r -> assertThat(r.value()).doesNotContain("Chair"));

      SignatorySigned signed =
          EventCodec.payload(EventCodec.read(ours.get(1).value()), SignatorySigned.class);
      assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2009, 4, 1));
      assertThat(signed.codesOfPractice()).isEqualTo(compact.codesOfPractice());
      assertThat(signed.name()).isEqualTo("Lifecycle Trust");
      SignatoryWithdrawn withdrawn =
          EventCodec.payload(EventCodec.read(ours.get(2).value()), SignatoryWithdrawn.class);
      assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2011, 3, 31));
      assertThat(withdrawn.reason()).isEqualTo("Merged with another charity");
      assertThat(withdrawn.sector()).isEqualTo("VCS");
      SignatoryResigned again =
          EventCodec.payload(EventCodec.read(resigned.value()), SignatoryResigned.class);
      assertThat(again.signedOn()).isEqualTo(LocalDate.of(2012, 1, 5));
      assertThat(again.codesOfPractice()).isEqualTo(compact.codesOfPractice());
    }

    admin()
        .get("/signatories/" + id + "/history")
        .then()
        .statusCode(200)
        .body("action", contains("REGISTERED", "SIGNED", "WITHDRAWN", "RESIGNED"))
        .body("businessDate[1]", equalTo("2009-04-01"))
        .body("signedBy[1]", equalTo("Chair of Trustees"))
        .body("codesOfPractice[1]", equalTo(compact.codesOfPractice()))
        .body("fromStatus[2]", equalTo("SIGNED"))
        .body("toStatus[2]", equalTo("WITHDRAWN"))
        .body("reason[2]", equalTo("Merged with another charity"))
        .body("businessDate[3]", equalTo("2012-01-05"))
        .body("actor[3]", equalTo("admin-1"));
  }

  @Test
  void illegalTransitionsAre409ListingTheAllowedOnes() {
    UUID id = Register.registerProspect("Illegal Moves Org");
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"reason\":\"x\"}")
        .post("/signatories/" + id + "/withdraw")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("currentStatus", equalTo("PROSPECT"))
        .body("allowedTransitions", contains("sign", "delete"));
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"signedBy\":\"x\"}")
        .post("/signatories/" + id + "/resign")
        .then()
        .statusCode(409);
    Register.sign(id, "2010-05-05");
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"signedBy\":\"x\"}")
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(409)
        .body("currentStatus", equalTo("SIGNED"))
        .body("allowedTransitions", contains("withdraw"));
  }

  @Test
  void brokenDateAndReasonRulesAre422AndChangeNothing() {
    UUID id = Register.registerProspect("Rule Check Org");
    String etag = Register.etag(id);
    admin()
        .header("If-Match", etag)
        .body("{\"signedOn\":\"2999-01-01\"}")
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("violations.field", contains("signedBy", "signedOn"));
    assertThat(Register.etag(id)).isEqualTo(etag);
    Register.sign(id, "2010-05-05");
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"withdrawnOn\":\"2010-05-04\",\"reason\":\"  \"}")
        .post("/signatories/" + id + "/withdraw")
        .then()
        .statusCode(422)
        .body("violations.field", contains("reason", "withdrawnOn"));
    admin()
        .header("If-Match", Register.etag(id))
        .body("{\"withdrawnOn\":\"2010-13-40\",\"reason\":\"x\"}")
        .post("/signatories/" + id + "/withdraw")
        .then()
        .statusCode(400);
    admin()
        .header("If-Match", Register.etag(id))
        .post("/signatories/" + id + "/withdraw")
        .then()
        .statusCode(400);
    admin().get("/signatories/" + id).then().body("status", equalTo("SIGNED"));
  }

  @Test
  void lifecycleActionsNeedIfMatchAndTheCurrentVersion() {
    UUID id = Register.registerProspect("Versioned Org");
    String sign = "{\"signedBy\":\"CEO\"}";
    admin()
        .body(sign)
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(428)
        .body("currentEtag", equalTo(Register.etag(id)));
    admin()
        .header("If-Match", "\"99\"")
        .body(sign)
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    admin()
        .header("If-Match", Register.etag(id))
        .body(sign)
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(200);
  }

  @Test
  void onlyCompactAdminSignsWithdrawsAndResigns() {
    UUID id = Register.registerProspect("Admin Only Org");
    String sign = "{\"signedBy\":\"CEO\"}";
    for (String token :
        List.of(
            TestTokens.partner(id),
            TestTokens.councilSystem(id),
            TestTokens.ccrgMember("ccrg-4"))) {
      as(token)
          .header("If-Match", Register.etag(id))
          .body(sign)
          .post("/signatories/" + id + "/sign")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    as(null)
        .header("If-Match", Register.etag(id))
        .body(sign)
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(401);
    as(TestTokens.expired(TestTokens.COMPACT_ADMIN, null))
        .header("If-Match", Register.etag(id))
        .body(sign)
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(401);
    admin()
        .header("If-Match", Register.etag(id))
        .body(sign)
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(200);
    as(TestTokens.partner(id))
        .header("If-Match", Register.etag(id))
        .body("{\"reason\":\"x\"}")
        .post("/signatories/" + id + "/withdraw")
        .then()
        .statusCode(403);
    admin()
        .header("If-Match", "\"0\"")
        .body(sign)
        .post("/signatories/" + UUID.randomUUID() + "/sign")
        .then()
        .statusCode(404);
  }

  @Test
  void historyIsForAdminAndTheOrganisationsOwnPartnersOnly() {
    UUID id = Register.registerSigned("History Org", "VCS", "charity", "Stafford");
    admin().get("/signatories/" + id + "/history").then().statusCode(200);
    as(TestTokens.partner(id))
        .get("/signatories/" + id + "/history")
        .then()
        .statusCode(200)
        .body("action", contains("REGISTERED", "SIGNED"));
    as(TestTokens.partner(UUID.randomUUID()))
        .get("/signatories/" + id + "/history")
        .then()
        .statusCode(404);
    as(TestTokens.ccrgMember("ccrg-5"))
        .get("/signatories/" + id + "/history")
        .then()
        .statusCode(403);
    as(TestTokens.councilSystem(id)).get("/signatories/" + id + "/history").then().statusCode(403);
    as(null).get("/signatories/" + id + "/history").then().statusCode(401);
    as(TestTokens.signedByOtherKey(TestTokens.PARTNER, id))
        .get("/signatories/" + id + "/history")
        .then()
        .statusCode(401);
  }

  @Test
  void onlyAnUnreferencedProspectIsDeleted() {
    Db db = new Db(dataSource);
    UUID prospect = Register.registerProspect("Deletable Prospect");
    Register.addContact(
        prospect, Register.contactJson("Del Contact", "del@example.org", true, false, false));
    as(TestTokens.partner(prospect))
        .header("If-Match", Register.etag(prospect))
        .delete("/signatories/" + prospect)
        .then()
        .statusCode(403);
    admin().delete("/signatories/" + prospect).then().statusCode(428);
    admin()
        .header("If-Match", Register.etag(prospect))
        .delete("/signatories/" + prospect)
        .then()
        .statusCode(204);
    admin().get("/signatories/" + prospect).then().statusCode(404);
    assertThat(db.count("select count(*) from contact where organisation_id = ?", prospect))
        .isZero();

    UUID signed = Register.registerSigned("Undeletable Signed", "VCS", "charity", "Stafford");
    admin()
        .header("If-Match", Register.etag(signed))
        .delete("/signatories/" + signed)
        .then()
        .statusCode(409)
        .body("detail", containsString("withdraw it instead"))
        .body("allowedTransitions", contains("withdraw"));
  }

  @Test
  void aProspectAnotherServiceRefersToIsNotDeleted() {
    UUID prospect = Register.registerProspect("Referenced Prospect");
    UUID action = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                outbox.record(
                    1,
                    new ActionCreated(
                        action,
                        UUID.randomUUID(),
                        Priority.HIGH,
                        ActionStatus.NOT_STARTED,
                        "Ongoing",
                        null,
                        List.of(prospect),
                        LocalDate.of(2026, 1, 5))));
    Db db = new Db(dataSource);
    Poll.until(
        "the action's reference to the prospect is recorded",
        () ->
            db.count(
                    "select count(*) from organisation_reference where organisation_id = ?",
                    prospect)
                > 0,
        Duration.ofSeconds(60));
    admin()
        .header("If-Match", Register.etag(prospect))
        .delete("/signatories/" + prospect)
        .then()
        .statusCode(409)
        .body("references.sourceType", hasItem("action"))
        .body("references.sourceId", hasItem(action.toString()));
    admin().get("/signatories/" + prospect).then().statusCode(200);
  }
}
