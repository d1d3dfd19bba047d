package org.compact.notification;

import static org.compact.notification.Api.SUBSCRIPTIONS;
import static org.compact.notification.Api.as;
import static org.compact.notification.Api.body;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Every role and token kind, with real signed tokens. */
@QuarkusTest
class AuthorisationTest {
  static final String REQUEST =
      body("http://127.0.0.1:9/hook", List.of("consultation.opened"), null);

  @Test
  void invalidTokensAre401EvenOnThePublicEventTypes() {
    UUID org = UUID.randomUUID();
    for (String token :
        List.of(
            TestTokens.expired(TestTokens.PARTNER, org),
            TestTokens.signedByOtherKey(TestTokens.PARTNER, org),
            TestTokens.wrongIssuer(TestTokens.PARTNER, org))) {
      as(token)
          .body(REQUEST)
          .post(SUBSCRIPTIONS)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("status", equalTo(401));
      as(token).get("/webhooks/event-types").then().statusCode(401);
    }
    as(null).body(REQUEST).post(SUBSCRIPTIONS).then().statusCode(401);
    as(null).get(SUBSCRIPTIONS).then().statusCode(401);
    as(null).get("/webhooks/event-types").then().statusCode(200);
  }

  @Test
  void onlyPartnersWithAnOrgIdAndCompactAdminManageSubscriptions() {
    UUID org = UUID.randomUUID();
    for (String token :
        List.of(
            TestTokens.ccrgMember("panel-member-1"),
            TestTokens.councilSystem(org),
            TestTokens.token(TestTokens.PARTNER, null, "partner-without-org"))) {
      as(token)
          .body(REQUEST)
          .post(SUBSCRIPTIONS)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    as(TestTokens.ccrgMember("panel-member-1")).get(SUBSCRIPTIONS).then().statusCode(403);
    as(TestTokens.councilSystem(org)).get(SUBSCRIPTIONS).then().statusCode(403);

    String id =
        Api.subscribe(
                TestTokens.partner(org), "http://127.0.0.1:9/hook", List.of("consultation.opened"))
            .id();
    as(TestTokens.councilSystem(org)).get(SUBSCRIPTIONS + "/" + id).then().statusCode(403);
    as(TestTokens.partner(org)).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200);
    Api.subscribe(TestTokens.admin(), "http://127.0.0.1:9/hook", List.of("dispute.opened"));
  }
}
