package org.compact.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.signatory.Register.admin;
import static org.compact.signatory.Register.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.compact.contracts.Topics;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A partner may ask to register its own organisation as PROSPECT. With an org_id claim the
 * organisation takes that id; without one the requester's sub owns the request until compact-admin
 * links the account.
 */
@QuarkusTest
class SelfServiceSignUpTest {

  @Test
  void aPartnerWithAnOrgIdRegistersThatOrganisationOnceAsProspect() {
    UUID orgId = UUID.randomUUID();
    String partner = TestTokens.partner(orgId);
    as(partner)
        .body(Register.body("Self Registered Group", "VCS", "faith group", "Stafford"))
        .post("/signatories/sign-up-requests")
        .then()
        .statusCode(201)
        .body("id", equalTo(orgId.toString()))
        .body("status", equalTo("PROSPECT"))
        .body("requestedBy", equalTo("partner-of-" + orgId));
    as(partner)
        .body(Register.body("Self Registered Again", "VCS", "faith group", "Stafford"))
        .post("/signatories/sign-up-requests")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("existing.id", equalTo(orgId.toString()))
        .body("existing.name", equalTo("Self Registered Group"));
    // the partner sees and edits its own prospect; another partner does not know it exists
    as(partner).get("/signatories/" + orgId).then().statusCode(200);
    as(partner)
        .header("If-Match", Register.etag(orgId))
        .body("{\"area\":\"Stone\"}")
        .patch("/signatories/" + orgId)
        .then()
        .statusCode(200)
        .body("area", equalTo("Stone"));
    as(TestTokens.partner(UUID.randomUUID())).get("/signatories/" + orgId).then().statusCode(404);
    admin()
        .queryParam("status", "PROSPECT")
        .queryParam("name", "Self Registered Group")
        .get("/signatories")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(orgId.toString()));
    // partners may not sign themselves
    as(partner)
        .header("If-Match", Register.etag(orgId))
        .body("{\"signedBy\":\"Me\"}")
        .post("/signatories/" + orgId + "/sign")
        .then()
        .statusCode(403);
    admin()
        .get("/signatories/" + orgId + "/history")
        .then()
        .body("action[0]", equalTo("SIGN_UP_REQUESTED"));
  }

  @Test
  void aPartnerWithoutOrgIdOwnsItsRequestBySubUntilItIsLinked() {
    String sub = "new-partner-" + UUID.randomUUID();
    String requester = TestTokens.token(TestTokens.PARTNER, null, sub);
    String id =
        as(requester)
            .body(Register.body("Unlinked Community Group", "VCS", "community group", "Stafford"))
            .post("/signatories/sign-up-requests")
            .then()
            .statusCode(201)
            .body("status", equalTo("PROSPECT"))
            .body("requestedBy", equalTo(sub))
            .extract()
            .path("id");
    as(requester).get("/signatories/" + id).then().statusCode(200);
    as(requester).get("/signatories/" + id + "/history").then().statusCode(200);
    as(TestTokens.token(TestTokens.PARTNER, null, "someone-else"))
        .get("/signatories/" + id)
        .then()
        .statusCode(404);
    as(requester)
        .body(Register.body("Second Request", "VCS", "charity", "Stafford"))
        .post("/signatories/sign-up-requests")
        .then()
        .statusCode(409)
        .body("existing.id", equalTo(id));
    try (EventCapture capture = new EventCapture(Topics.SIGNATORIES)) {
      var registered = capture.awaitRecord(r -> r.key().equals(id), Duration.ofSeconds(30));
      EventSchemas.assertValid(registered.value());
      assertThat(registered.value()).contains("Unlinked Community Group").doesNotContain(sub);
    }
    // once compact-admin links the account, the org_id claim is what counts
    as(TestTokens.token(TestTokens.PARTNER, UUID.fromString(id), sub))
        .get("/signatories/" + id)
        .then()
        .statusCode(200);
  }

  @Test
  void onlyPartnersAskToJoinAndOnlyAdminsRegisterDirectly() {
    String body = Register.body("Role Check Org", "PUBLIC", "police", "Staffordshire");
    for (String token :
        new String[] {
          TestTokens.councilSystem(UUID.randomUUID()),
          TestTokens.ccrgMember("ccrg-3"),
          TestTokens.admin()
        }) {
      as(token).body(body).post("/signatories/sign-up-requests").then().statusCode(403);
    }
    as(null).body(body).post("/signatories/sign-up-requests").then().statusCode(401);
    as(TestTokens.expired(TestTokens.PARTNER, UUID.randomUUID()))
        .body(body)
        .post("/signatories/sign-up-requests")
        .then()
        .statusCode(401);
    as(TestTokens.wrongIssuer(TestTokens.PARTNER, UUID.randomUUID()))
        .body(body)
        .post("/signatories/sign-up-requests")
        .then()
        .statusCode(401);
    as(TestTokens.partner(UUID.randomUUID()))
        .body(body)
        .post("/signatories")
        .then()
        .statusCode(403);
    UUID orgId = UUID.randomUUID();
    as(TestTokens.partner(orgId))
        .body(body)
        .post("/signatories/sign-up-requests")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/signatories/" + orgId));
  }

  @Test
  void aRetriedSignUpRequestWithTheSameKeyIsReplayed() {
    String key = UUID.randomUUID().toString();
    String partner = TestTokens.token(TestTokens.PARTNER, null, "retrying-" + key);
    String body = Register.body("Retried Request Org", "VCS", "charity", "Stafford");
    String first =
        as(partner)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/signatories/sign-up-requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(partner)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/signatories/sign-up-requests")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
  }
}
