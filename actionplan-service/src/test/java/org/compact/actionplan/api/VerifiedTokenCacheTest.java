package org.compact.actionplan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.compact.platform.security.CachingJwtParser;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * platform-lib's cache of verified tokens on a real service: a repeat caller's token comes from the
 * cache with its roles, it is refused once its exp has passed, and a token the verifier refuses is
 * refused every time. (This module's tests run with 1 s of JWT clock skew, the least smallrye-jwt
 * takes.)
 */
@QuarkusTest
class VerifiedTokenCacheTest {
  @Inject CachingJwtParser parser;

  @Test
  void aRepeatCallersTokenComesFromTheCacheUntilItsExpPasses() throws Exception {
    String draft = Api.createPlan("Token cache plan", "2009-10", "2009-04-20");
    Instant exp = Instant.now().plus(Duration.ofSeconds(15));
    String token = sign(adminClaims(exp), trustedKey());

    long hitsBefore = parser.cacheHits();
    // a DRAFT plan is visible to compact-admin only: the cached identity keeps the role
    given().auth().oauth2(token).get("/plans/" + draft).then().statusCode(200);
    given().auth().oauth2(token).get("/plans/" + draft).then().statusCode(200);
    assertThat(parser.cacheHits())
        .as("the repeat request came from the cache")
        .isGreaterThan(hitsBefore);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int status;
    do {
      status = given().auth().oauth2(token).get("/plans").then().extract().statusCode();
    } while (status == 200 && System.nanoTime() < deadline);
    assertThat(status).as("a cached token past its exp").isEqualTo(401);
    assertThat(Instant.now().getEpochSecond())
        .as("refused only once exp had passed")
        .isGreaterThanOrEqualTo(exp.getEpochSecond());
    given().auth().oauth2(token).get("/plans/" + draft).then().statusCode(401);
  }

  @Test
  void tokensTheVerifierRefusesAreRefusedEveryTime() throws Exception {
    String draft = Api.createPlan("Token cache plan", "2009-10", "2009-04-20");
    Instant exp = Instant.now().plus(Duration.ofMinutes(10));
    String trusted = sign(adminClaims(exp), trustedKey());
    String foreign = sign(adminClaims(exp), KeyUtils.generateKeyPair(2048).getPrivate());
    String otherIssuer = TestTokens.wrongIssuer(TestTokens.COMPACT_ADMIN, null);
    String expired = TestTokens.expired(TestTokens.COMPACT_ADMIN, null);

    given().auth().oauth2(trusted).get("/plans/" + draft).then().statusCode(200);
    long hitsBefore = parser.cacheHits();
    for (int i = 0; i < 3; i++) {
      for (String refused : new String[] {foreign, otherIssuer, expired}) {
        given().auth().oauth2(refused).get("/plans/" + draft).then().statusCode(401);
      }
    }
    assertThat(parser.cacheHits())
        .as("refused tokens never come from the cache")
        .isEqualTo(hitsBefore);
    given().auth().oauth2(trusted).get("/plans/" + draft).then().statusCode(200);
    assertThat(parser.cacheHits()).isEqualTo(hitsBefore + 1);
  }

  private static JwtClaimsBuilder adminClaims(Instant exp) {
    return Jwt.issuer(TestTokens.ISSUER)
        .subject("token-cache-admin")
        .upn("token-cache-admin")
        .groups(Set.of(TestTokens.COMPACT_ADMIN))
        .issuedAt(Instant.now().minus(Duration.ofMinutes(1)))
        .expiresAt(exp);
  }

  private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
    return claims.jws().sign(key);
  }

  private static PrivateKey trustedKey() throws Exception {
    return KeyUtils.readPrivateKey("test-keys/privateKey.pem");
  }
}
