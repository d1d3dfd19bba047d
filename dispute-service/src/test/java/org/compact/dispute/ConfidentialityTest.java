package org.compact.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.dispute.Api.as;
import static org.compact.dispute.Api.post;
import static org.compact.dispute.Api.put;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.Topics;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every confidentiality tier with real signed tokens: distinctive secrets are written into a
 * letter, panel and hearing notes and representatives; each reader gets exactly its tier, and no
 * secret reaches an event, a public response or compact-admin.
 */
@QuarkusTest
class ConfidentialityTest {
  @Inject DataSource dataSource;
  @Inject TimeSource time;

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final String letterSecret = "SECRET-LETTER-" + marker;
  private final String panelNoteSecret = "SECRET-PANELNOTE-" + marker;
  private final String hearingNoteSecret = "SECRET-HEARINGNOTE-" + marker;
  private final String representativeSecret = "SECRET-REP-" + marker;
  private final String chairReport = "CHAIR-REPORT-" + marker;

  @BeforeEach
  void fixTime() {
    time.fixAt(Instant.parse("2025-05-01T10:00:00Z"));
  }

  @AfterEach
  void resetTime() {
    time.reset();
  }

  @Test
  void eachTierSeesItsPartAndSecretsNeverLeave() {
    try (EventCapture capture = new EventCapture(Topics.DISPUTES)) {
      CaseFixture f = CaseFixture.withPanel(dataSource, 2025, "2025-04-28");
      String base = "/disputes/" + f.disputeId;
      post(f.complainantToken(), base + "/letters", "{\"text\":\"" + letterSecret + "\"}", null)
          .then()
          .statusCode(201);
      String panelNoteId =
          post(
                  f.panelMemberToken(),
                  base + "/panel-notes",
                  "{\"text\":\"" + panelNoteSecret + "\"}",
                  null)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      post(f.chairToken(), base + "/relatedness", "{\"decision\":\"COMPACT_RELATED\"}", f.etag())
          .then()
          .statusCode(200);
      String hearingId =
          post(f.chairToken(), base + "/hearings", "{\"hearingOn\":\"2025-06-20\"}", f.etag())
              .then()
              .statusCode(200)
              .extract()
              .path("hearings[0].id");
      post(
              f.chairToken(),
              base + "/panel-notes",
              "{\"kind\":\"HEARING_NOTE\",\"hearingId\":\""
                  + hearingId
                  + "\",\"text\":\""
                  + hearingNoteSecret
                  + "\"}",
              null)
          .then()
          .statusCode(201);
      put(
              f.respondentToken(),
              base + "/hearings/" + hearingId + "/representatives",
              "{\"signatoryId\":\""
                  + f.respondent
                  + "\",\"representatives\":[{\"name\":\""
                  + representativeSecret
                  + "\"}]}",
              f.etag())
          .then()
          .statusCode(200);
      // only the chair reports to the steering group
      post(f.panelMemberToken(), base + "/reports", "{\"text\":\"not the chair\"}", null)
          .then()
          .statusCode(403);
      post(f.chairToken(), base + "/reports", "{\"text\":\"" + chairReport + "\"}", null)
          .then()
          .statusCode(201);

      // panel member of the case: everything
      as(f.panelMemberToken())
          .get(base)
          .then()
          .statusCode(200)
          .body("panel.members", hasSize(4))
          .body("hearings[0].representatives[0].name", equalTo(representativeSecret))
          .body("yourRoles", equalTo(List.of("PANEL")));
      as(f.panelMemberToken())
          .get(base + "/records?size=200")
          .then()
          .statusCode(200)
          .body("items.text", hasItem(letterSecret))
          .body("items.text", hasItem(panelNoteSecret))
          .body("items.text", hasItem(hearingNoteSecret))
          .body("items.text", hasItem(chairReport));
      as(f.panelMemberToken()).get(base + "/records/" + panelNoteId).then().statusCode(200);

      // the parties: submissions, letters, dates, hearing dates, representatives; not panel notes
      for (String party : List.of(f.complainantToken(), f.respondentToken())) {
        as(party)
            .get(base)
            .then()
            .statusCode(200)
            .body("hearings[0].hearingOn", equalTo("2025-06-20"))
            .body("hearings[0].representatives[0].name", equalTo(representativeSecret))
            .body("hearings[0]", not(hasKey("lateReason")))
            .body("panel", not(hasKey("members")))
            .body("panel", not(hasKey("chairMemberId")))
            .body("panel.convenedOn", equalTo("2025-05-01"))
            .body("$", not(hasKey("declaredConflicts")))
            .body("deadlines", hasSize(2))
            .body("referral.letter", equalTo("Referral letter"));
        String records =
            as(party).get(base + "/records?size=200").then().statusCode(200).extract().asString();
        assertThat(records)
            .contains(letterSecret)
            .doesNotContain(panelNoteSecret, hearingNoteSecret, chairReport);
        as(party).get(base + "/records/" + panelNoteId).then().statusCode(404);
      }

      // compact-admin: referral, status, dates, deadlines, outcome and the chair's reports
      String adminView =
          as(TestTokens.admin())
              .get(base)
              .then()
              .statusCode(200)
              .body("panel.members", hasSize(4))
              .body("referral.letter", equalTo("Referral letter"))
              .body("hearings[0].hearingOn", equalTo("2025-06-20"))
              .body("hearings[0]", not(hasKey("representatives")))
              .body("$", hasKey("declaredConflicts"))
              .extract()
              .asString();
      String adminRecords =
          as(TestTokens.admin())
              .get(base + "/records?size=200")
              .then()
              .statusCode(200)
              .body("items.text", hasItem(chairReport))
              .extract()
              .asString();
      as(TestTokens.admin()).get(base + "/records/" + panelNoteId).then().statusCode(404);

      // other ccrg-members and partners: nothing (404), also in lists
      as(f.otherCcrgToken()).get(base).then().statusCode(404);
      as(f.otherCcrgToken()).get(base + "/records").then().statusCode(404);
      UUID stranger = UUID.randomUUID();
      as(TestTokens.partner(stranger)).get(base).then().statusCode(404);
      as(TestTokens.partner(stranger)).get(base + "/records").then().statusCode(404);
      as(TestTokens.partner(stranger))
          .get("/disputes?size=200")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(f.disputeId)));
      as(f.otherCcrgToken())
          .get("/disputes?size=200")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(f.disputeId)));
      as(f.panelMemberToken())
          .get("/disputes?size=200")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(f.disputeId));
      as(f.respondentToken())
          .get("/disputes?size=200")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(f.disputeId));
      as(TestTokens.councilSystem(f.respondent)).get(base).then().statusCode(403);
      as(null).get(base).then().statusCode(401);

      // public: anonymised statistics, published summaries and the procedure only
      List<String> outward = new ArrayList<>();
      outward.add(adminView);
      outward.add(adminRecords);
      outward.add(
          as(null)
              .get("/dispute-statistics?reviewYear=2025")
              .then()
              .statusCode(200)
              .extract()
              .asString());
      outward.add(
          as(null).get("/dispute-summaries?size=200").then().statusCode(200).extract().asString());
      outward.add(as(null).get("/dispute-procedure").then().statusCode(200).extract().asString());
      outward.add(
          as(TestTokens.admin())
              .get("/disputes?size=200")
              .then()
              .statusCode(200)
              .extract()
              .asString());
      capture.awaitEvent(
          e -> e.aggregateId().equals(f.disputeId) && e.type().equals("dispute.hearing-scheduled"),
          Duration.ofSeconds(30));
      capture.drain(Duration.ofMillis(500)).stream()
          .filter(r -> f.disputeId.equals(r.key()))
          .forEach(r -> outward.add(r.value()));
      assertThat(outward).hasSizeGreaterThan(8);
      for (String text : outward) {
        assertThat(text)
            .doesNotContain(letterSecret, panelNoteSecret, hearingNoteSecret, representativeSecret)
            .doesNotContain("SECRET-");
      }
      // events carry no panel member names or subjects either
      for (int i = 6; i < outward.size(); i++) {
        assertThat(outward.get(i))
            .doesNotContain(f.vcsSubjects.get(0), f.publicSubjects.get(0), "Name of ", chairReport);
      }
    }
  }
}
