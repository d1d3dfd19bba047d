package org.compact.dispute;

import static org.compact.dispute.Api.as;
import static org.compact.dispute.Api.post;
import static org.compact.dispute.Api.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.compact.platform.time.TimeSource;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Richmond procedure chosen by configuration (the one test that needs its own profile: the
 * procedure is deployment configuration). Step 2 is handled by the CVS (compact-admin), step 3 by
 * the Compact Review Board; learning is shared with the parties.
 */
@QuarkusTest
@TestProfile(RichmondProcedureTest.Richmond.class)
class RichmondProcedureTest {
  public static class Richmond implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("compact.dispute.procedure", "RICHMOND");
    }
  }

  @Inject DataSource dataSource;
  @Inject TimeSource time;

  @BeforeEach
  void fixTime() {
    time.fixAt(Instant.parse("2025-07-01T10:00:00Z"));
  }

  @AfterEach
  void resetTime() {
    time.reset();
  }

  @Test
  void threeStepsWithTheCvsThenTheReviewBoardAndSharedLearning() {
    CaseFixture roster = CaseFixtureForRichmond.roster(dataSource);
    String complainant = TestTokens.partner(roster.complainant);
    String id = Api.open(complainant, roster.complainant, roster.respondent);
    String base = "/disputes/" + id;
    as(null)
        .get("/dispute-procedure")
        .then()
        .body("name", equalTo("RICHMOND"))
        .body("stages.name", contains("STEP_1", "STEP_2", "STEP_3"));
    as(complainant)
        .get(base)
        .then()
        .statusCode(200)
        .body("stage", equalTo("STEP_1"))
        .body("allowedNextSteps", contains("STEP_2", "RESOLVED"));
    post(complainant, base + "/stage", "{\"toStage\":\"STEP_3\"}", Api.etag(complainant, id))
        .then()
        .statusCode(409);
    post(
            complainant,
            base + "/stage",
            "{\"toStage\":\"STEP_2\",\"receivedOn\":\"2025-07-01\"}",
            Api.etag(complainant, id))
        .then()
        .statusCode(422);
    post(complainant, base + "/stage", "{\"toStage\":\"STEP_2\"}", Api.etag(complainant, id))
        .then()
        .statusCode(200)
        .body("stage", equalTo("STEP_2"))
        .body("$", not(hasKey("deadlines")));
    // the CVS handles step 2: it reads the parties' submissions and writes its own
    post(
            complainant,
            base + "/letters",
            "{\"kind\":\"SUBMISSION\",\"text\":\"Our account for the CVS\"}",
            null)
        .then()
        .statusCode(201);
    post(
            TestTokens.admin(),
            base + "/letters",
            "{\"text\":\"CVS follow-up with the agencies\"}",
            null)
        .then()
        .statusCode(201);
    as(TestTokens.admin())
        .get(base + "/records")
        .then()
        .body("items.text", hasItem("Our account for the CVS"));
    // only the CVS resolves at step 2
    post(
            complainant,
            base + "/closure",
            "{\"outcome\":\"RESOLVED\",\"report\":\"x\"}",
            Api.etag(complainant, id))
        .then()
        .statusCode(403);
    // unresolved: the Review Board considers it
    post(TestTokens.admin(), base + "/stage", "{\"toStage\":\"STEP_3\"}", Api.etag(complainant, id))
        .then()
        .statusCode(200)
        .body("stage", equalTo("STEP_3"))
        .body("panel.rosterYear", equalTo(2025));
    put(
            TestTokens.admin(),
            base + "/panel",
            "{\"memberIds\":"
                + Api.ids(
                    List.of(
                        roster.vcsMembers.get(0),
                        roster.vcsMembers.get(1),
                        roster.publicMembers.get(0),
                        roster.publicMembers.get(1)))
                + "}",
            Api.etag(complainant, id))
        .then()
        .statusCode(200);
    String board = TestTokens.ccrgMember(roster.vcsSubjects.get(0));
    put(
            board,
            base + "/panel/chair",
            "{\"memberId\":\"" + roster.vcsMembers.get(0) + "\"}",
            Api.etag(board, id))
        .then()
        .statusCode(200);
    put(
            board,
            base + "/summary",
            "{\"summary\":\"A partner felt unheard; the board agreed a joint protocol\",\"lessonsLearned\":\"Meet early\"}",
            Api.etag(board, id))
        .then()
        .statusCode(200);
    // learning is not confidential at Richmond: the parties read it before approval
    as(complainant)
        .get(base + "/summary")
        .then()
        .statusCode(200)
        .body("lessonsLearned", equalTo("Meet early"));
    post(
            board,
            base + "/closure",
            "{\"outcome\":\"NO_FURTHER_RECOURSE\",\"report\":\"Board could not resolve\"}",
            Api.etag(board, id))
        .then()
        .statusCode(200)
        .body("outcome", equalTo("NO_FURTHER_RECOURSE"));
  }
}
