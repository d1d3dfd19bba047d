package org.compact.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.dispute.Api.as;
import static org.compact.dispute.Api.openBody;
import static org.compact.dispute.Api.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.testsupport.Db;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.ReplicatedSignatories;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Opening and notifying disputes: who may, what is checked, tokens, idempotency. */
@QuarkusTest
class OpeningAndAccessTest {
  @Inject DataSource dataSource;

  @Test
  void partnerOpensForItsOwnOrganisationAndTheEventCarriesIdsSectorsAndCodes() {
    UUID complainant = Signatories.signed(dataSource, "Open Test Charity", "VCS");
    UUID respondent = Signatories.signed(dataSource, "Open Test Council", "PUBLIC");
    try (EventCapture capture = new EventCapture(Topics.DISPUTES)) {
      String id =
          post(
                  TestTokens.partner(complainant),
                  "/disputes",
                  openBody(complainant, respondent),
                  null)
              .then()
              .statusCode(201)
              .header("ETag", notNullValue())
              .header("Location", org.hamcrest.Matchers.containsString("/disputes/"))
              .body("stage", equalTo("INFORMAL"))
              .body("status", equalTo("OPEN"))
              .body("complainant.name", equalTo("Open Test Charity"))
              .body("respondents[0].sector", equalTo("PUBLIC"))
              .body("allowedNextSteps", contains("STAGE_1", "RESOLVED"))
              .extract()
              .path("id");
      as(TestTokens.partner(complainant))
          .get("/disputes/" + id)
          .then()
          .statusCode(200)
          .header("ETag", notNullValue());
      EventEnvelope opened =
          capture.awaitEvent(e -> e.aggregateId().equals(id), Duration.ofSeconds(30));
      assertThat(opened.type()).isEqualTo("dispute.opened");
      DisputeOpened payload = EventCodec.payload(opened, DisputeOpened.class);
      assertThat(payload.procedure()).isEqualTo("STAFFORD");
      assertThat(payload.commitments()).containsExactly("CONSULTATION");
      assertThat(payload.breachHappened()).isTrue();
      assertThat(payload.parties()).extracting("sector").containsExactly("VCS", "PUBLIC");
      String json = EventCodec.write(opened);
      EventSchemas.assertValid(json);
      assertThat(json)
          .as("free text stays in the service")
          .doesNotContain("four-week consultation", "service manager", "Twelve weeks");
    }
  }

  @Test
  void tokensAndRolesAreCheckedWithRealSignedTokens() {
    UUID complainant = Signatories.signed(dataSource, "Token Test Charity", "VCS");
    UUID respondent = Signatories.signed(dataSource, "Token Test Police", "PUBLIC");
    String body = openBody(complainant, respondent);
    as(null)
        .body(body)
        .post("/disputes")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    as(TestTokens.expired(TestTokens.PARTNER, complainant))
        .body(body)
        .post("/disputes")
        .then()
        .statusCode(401);
    as(TestTokens.signedByOtherKey(TestTokens.PARTNER, complainant))
        .body(body)
        .post("/disputes")
        .then()
        .statusCode(401);
    as(TestTokens.wrongIssuer(TestTokens.PARTNER, complainant))
        .body(body)
        .post("/disputes")
        .then()
        .statusCode(401);
    as(TestTokens.councilSystem(complainant)).body(body).post("/disputes").then().statusCode(403);
    as(TestTokens.ccrgMember("ccrg-x")).body(body).post("/disputes").then().statusCode(403);
    as(TestTokens.partner(respondent))
        .body(body)
        .post("/disputes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // positive controls: the complainant's partner and compact-admin
    as(TestTokens.partner(complainant)).body(body).post("/disputes").then().statusCode(201);
    as(TestTokens.admin()).body(body).post("/disputes").then().statusCode(201);
    // an invalid token is 401 even on public reads
    as(TestTokens.expired(TestTokens.PARTNER, complainant))
        .get("/dispute-statistics")
        .then()
        .statusCode(401);
    as(null).get("/dispute-statistics").then().statusCode(200).body("deadlines", notNullValue());
  }

  @Test
  void partnersOfAWithdrawnOrganisationMayNotOpenDisputesButKeepReadingTheirOwn() {
    UUID complainant = Signatories.signed(dataSource, "Withdrawing Charity", "VCS");
    UUID respondent = Signatories.signed(dataSource, "Some Council", "PUBLIC");
    String earlier = Api.open(TestTokens.partner(complainant), complainant, respondent);
    Signatories.withdraw(dataSource, complainant, "VCS", 3);
    as(TestTokens.partner(complainant))
        .body(openBody(complainant, respondent))
        .post("/disputes")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://compact.example/problems/organisation-withdrawn"))
        .body("detail", org.hamcrest.Matchers.containsString("withdrew from the Compact"))
        .body("organisationId", equalTo(complainant.toString()));
    as(TestTokens.partner(complainant)).get("/disputes/" + earlier).then().statusCode(200);
    assertThat(
            new Db(dataSource)
                .count("select count(*) from dispute_party where signatory_id = ?", complainant))
        .as("the refused request wrote nothing")
        .isEqualTo(1);

    new ReplicatedSignatories(dataSource).resign(complainant, "VCS", 4, LocalDate.now());
    assertThat(Api.open(TestTokens.partner(complainant), complainant, respondent))
        .as("signed again: may open disputes again")
        .isNotEqualTo(earlier);
  }

  @Test
  void partiesMustBeSignatoriesAndCommitmentsComeFromTheCatalogue() {
    UUID complainant = Signatories.signed(dataSource, "Rules Charity", "VCS");
    UUID respondent = Signatories.signed(dataSource, "Rules Council", "PUBLIC");
    String admin = TestTokens.admin();
    as(admin)
        .body(openBody(UUID.randomUUID(), respondent))
        .post("/disputes")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("complainantId"));
    as(admin)
        .body(openBody(complainant, complainant))
        .post("/disputes")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("respondentIds"));
    as(admin)
        .body(openBody(complainant, respondent).replace("\"CONSULTATION\"", "\"GOLF\""))
        .post("/disputes")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("commitments"));
    as(admin)
        .body(
            "{\"complainantId\":\"%s\",\"respondentIds\":[\"%s\"],\"natureOfDifference\":\"n\",\"breach\":\"LIKELY\"}"
                .formatted(complainant, respondent))
        .post("/disputes")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("commitments"));
    as(admin).body("{\"complainantId\": ").post("/disputes").then().statusCode(400);
    as(admin)
        .body(
            openBody(complainant, respondent)
                .replace("\"breach\"", "\"colour\":\"red\",\"breach\""))
        .post("/disputes")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("colour"));
    as(admin)
        .body("{\"complainantId\":\"%s\",\"respondentIds\":[]}".formatted(complainant))
        .post("/disputes")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("natureOfDifference"));
    as(admin).get("/disputes/not-a-uuid").then().statusCode(400);
    as(admin).get("/disputes?size=500").then().statusCode(400);
    as(admin)
        .get("/disputes?status=SLEEPING")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("status"));
    as(null).get("/dispute-statistics?reviewYear=last").then().statusCode(400);
    as(null).get("/dispute-summaries?reviewYear=1066").then().statusCode(400);
  }

  @Test
  void idempotencyKeyReplaysTheFirstOpeningAndRejectsAnotherBody() {
    UUID complainant = Signatories.signed(dataSource, "Idem Charity", "VCS");
    UUID respondent = Signatories.signed(dataSource, "Idem Council", "PUBLIC");
    String key = UUID.randomUUID().toString();
    String token = TestTokens.partner(complainant);
    String first =
        as(token)
            .header("Idempotency-Key", key)
            .body(openBody(complainant, respondent))
            .post("/disputes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        as(token)
            .header("Idempotency-Key", key)
            .body(openBody(complainant, respondent))
            .post("/disputes")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");
    assertThat(second).isEqualTo(first);
    assertThat(
            new Db(dataSource)
                .count("select count(*) from dispute where complainant_id = ?", complainant))
        .isEqualTo(1);
    as(token)
        .header("Idempotency-Key", key)
        .body(openBody(complainant, respondent).replace("HAPPENED", "LIKELY"))
        .post("/disputes")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://compact.example/problems/idempotency-key-reused"));
  }

  @Test
  void differenceResolvedInternallyIsNotifiedAsAClosedCase() {
    UUID complainant = Signatories.signed(dataSource, "Internal Charity", "VCS");
    UUID respondent = Signatories.signed(dataSource, "Internal Council", "PUBLIC");
    String body =
        """
        {"complainantId":"%s","respondentIds":["%s"],"commitments":["FUNDING"],
         "natureOfDifference":"A grant instalment was paid late","breach":"HAPPENED",
         "resolvedOn":"%s","report":"Resolved through the council's complaints procedure"}
        """;
    as(TestTokens.partner(UUID.randomUUID()))
        .body(body.formatted(complainant, respondent, "2025-01-10"))
        .post("/disputes/internal-resolutions")
        .then()
        .statusCode(403);
    as(TestTokens.partner(respondent))
        .body(body.formatted(complainant, respondent, "2999-01-01"))
        .post("/disputes/internal-resolutions")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("resolvedOn"));
    try (EventCapture capture = new EventCapture(Topics.DISPUTES)) {
      String id =
          as(TestTokens.partner(respondent))
              .body(body.formatted(complainant, respondent, "2025-01-10"))
              .post("/disputes/internal-resolutions")
              .then()
              .statusCode(201)
              .body("status", equalTo("CLOSED"))
              .body("outcome", equalTo("RESOLVED_INTERNALLY"))
              .body("closedOn", equalTo("2025-01-10"))
              .extract()
              .path("id");
      capture.awaitEvent(
          e ->
              e.aggregateId().equals(id) && e.type().equals("dispute.notified-resolved-internally"),
          Duration.ofSeconds(30));
      EventEnvelope closed =
          capture.awaitEvent(
              e -> e.aggregateId().equals(id) && e.type().equals("dispute.closed"),
              Duration.ofSeconds(30));
      assertThat(EventCodec.payload(closed, DisputeClosed.class).outcome().name())
          .isEqualTo("RESOLVED_INTERNALLY");
      // the steering group reads the report; the parties add updates after closure
      as(TestTokens.admin())
          .get("/disputes/" + id + "/records")
          .then()
          .statusCode(200)
          .body("items.kind", hasItem("RESOLUTION_REPORT"));
      post(
              TestTokens.partner(complainant),
              "/disputes/" + id + "/updates",
              "{\"text\":\"All settled\"}",
              null)
          .then()
          .statusCode(201)
          .body("kind", equalTo("UPDATE"));
      post(
              TestTokens.partner(complainant),
              "/disputes/" + id + "/letters",
              "{\"text\":\"late letter\"}",
              null)
          .then()
          .statusCode(409);
    }
  }

  @Test
  void onlyCompactAdminKeepsTheRoster() {
    UUID org = Signatories.signed(dataSource, "Roster Org", "VCS");
    String subject = "ccrg-roster-" + UUID.randomUUID();
    String body = "{\"subject\":\"%s\",\"organisationId\":\"%s\"}".formatted(subject, org);
    as(TestTokens.partner(org))
        .body(body)
        .post("/ccrg/rosters/2025/members")
        .then()
        .statusCode(403);
    as(TestTokens.ccrgMember(subject))
        .body(body)
        .post("/ccrg/rosters/2025/members")
        .then()
        .statusCode(403);
    String id =
        as(TestTokens.admin())
            .body(body)
            .post("/ccrg/rosters/2025/members")
            .then()
            .statusCode(201)
            .body("sector", equalTo("VCS"))
            .extract()
            .path("id");
    as(TestTokens.admin()).body(body).post("/ccrg/rosters/2025/members").then().statusCode(409);
    as(TestTokens.admin()).body(body).post("/ccrg/rosters/2026/members").then().statusCode(201);
    as(TestTokens.admin())
        .body(
            "{\"subject\":\"x-%s\",\"organisationId\":\"%s\"}"
                .formatted(subject, UUID.randomUUID()))
        .post("/ccrg/rosters/2025/members")
        .then()
        .statusCode(422);
    as(TestTokens.admin())
        .get("/ccrg/rosters/2025/members?size=200")
        .then()
        .statusCode(200)
        .body("items.subject", hasItem(subject));
    as(TestTokens.admin()).delete("/ccrg/rosters/2025/members/" + id).then().statusCode(428);
    String etag =
        as(TestTokens.admin())
            .get("/ccrg/rosters/2025/members/" + id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(TestTokens.admin())
        .header("If-Match", etag)
        .delete("/ccrg/rosters/2025/members/" + id)
        .then()
        .statusCode(204);
    as(TestTokens.admin())
        .get("/ccrg/rosters/2025/members?size=200")
        .then()
        .body("items.subject", not(hasItem(subject)));
  }

  @Test
  void theProcedureIsPublishedAsData() {
    as(null)
        .get("/dispute-procedure")
        .then()
        .statusCode(200)
        .body("name", equalTo("STAFFORD"))
        .body("stages.name", contains("INFORMAL", "STAGE_1", "STAGE_2", "STAGE_3"))
        .body(
            "stages.find { it.name == 'STAGE_2' }.deadlines",
            contains("PANEL_CONVENED", "HEARING_HELD"))
        .body("panelDeadlineDays", equalTo(14))
        .body("hearingDeadlineDays", equalTo(56))
        .body("panelSectors", contains("VCS", "PUBLIC"));
  }
}
