package org.compact.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Real signed JWTs for tests: every role with or without {@code org_id}, plus expired ones, ones
 * signed by a key the services do not trust, and ones from another issuer.
 */
public final class TestTokens {
  public static final String ISSUER = "https://compact.test/issuer";
  public static final String PUBLIC_KEY_LOCATION = "test-keys/publicKey.pem";
  private static final String PRIVATE_KEY_LOCATION = "test-keys/privateKey.pem";

  public static final String COMPACT_ADMIN = "compact-admin";
  public static final String CCRG_MEMBER = "ccrg-member";
  public static final String PARTNER = "partner";
  public static final String COUNCIL_SYSTEM = "council-system";

  private static PrivateKey trustedKey;
  private static PrivateKey foreignKey;

  private TestTokens() {}

  public static String admin() {
    return token(COMPACT_ADMIN, null, "admin-1");
  }

  public static String partner(UUID orgId) {
    return token(PARTNER, orgId, "partner-of-" + orgId);
  }

  public static String councilSystem(UUID orgId) {
    return token(COUNCIL_SYSTEM, orgId, "council-system-" + orgId);
  }

  public static String ccrgMember(String subject) {
    return token(CCRG_MEMBER, null, subject);
  }

  public static String token(String role, UUID orgId, String subject) {
    return sign(
        claims(role, orgId, subject, Instant.now().plus(Duration.ofHours(1)), ISSUER), trusted());
  }

  public static String expired(String role, UUID orgId) {
    return sign(
        claims(role, orgId, "expired-user", Instant.now().minus(Duration.ofHours(1)), ISSUER),
        trusted());
  }

  public static String signedByOtherKey(String role, UUID orgId) {
    return sign(
        claims(role, orgId, "forger", Instant.now().plus(Duration.ofHours(1)), ISSUER), foreign());
  }

  public static String wrongIssuer(String role, UUID orgId) {
    return sign(
        claims(
            role,
            orgId,
            "elsewhere",
            Instant.now().plus(Duration.ofHours(1)),
            "https://other.example/issuer"),
        trusted());
  }

  private static JwtClaimsBuilder claims(
      String role, UUID orgId, String subject, Instant expiresAt, String issuer) {
    JwtClaimsBuilder claims =
        Jwt.issuer(issuer)
            .subject(subject)
            .upn(subject)
            .groups(role == null ? Set.of() : Set.of(role))
            .issuedAt(expiresAt.minus(Duration.ofHours(2)))
            .expiresAt(expiresAt);
    if (orgId != null) {
      claims.claim("org_id", orgId.toString());
    }
    return claims;
  }

  private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
    return claims.jws().sign(key);
  }

  private static synchronized PrivateKey trusted() {
    if (trustedKey == null) {
      try {
        trustedKey = KeyUtils.readPrivateKey(PRIVATE_KEY_LOCATION);
      } catch (Exception e) {
        throw new IllegalStateException("cannot read " + PRIVATE_KEY_LOCATION, e);
      }
    }
    return trustedKey;
  }

  private static synchronized PrivateKey foreign() {
    if (foreignKey == null) {
      try {
        KeyPair pair = KeyUtils.generateKeyPair(2048);
        foreignKey = pair.getPrivate();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return foreignKey;
  }
}
