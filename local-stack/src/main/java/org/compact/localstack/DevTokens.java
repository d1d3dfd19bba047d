package org.compact.localstack;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Mints development JWTs the services accept: signed RS256 with {@link DevKeys}, issuer as in
 * {@code mp.jwt.verify.issuer}, the role in {@code groups}, the organisation in {@code org_id}.
 */
final class DevTokens {
  static final String DEFAULT_ISSUER = "https://compact.local/issuer";
  static final List<String> ROLES =
      List.of("compact-admin", "ccrg-member", "partner", "council-system");
  static final String ORG_ID_CLAIM = "org_id";
  static final String KEY_ID = "compact-local-dev";
  static final Duration DEFAULT_TTL = Duration.ofHours(8);

  private final DevKeys keys;
  private final String issuer;

  DevTokens(DevKeys keys, String issuer) {
    this.keys = keys;
    this.issuer = issuer;
  }

  /** What a token says about its caller. */
  record TokenRequest(String role, Optional<UUID> organisation, String subject, Duration ttl) {
    TokenRequest {
      if (!ROLES.contains(role)) {
        throw new UsageException(
            "Unknown role '" + role + "'; use one of " + String.join(", ", ROLES));
      }
      if (ttl.isNegative() || ttl.isZero()) {
        throw new UsageException("The token lifetime must be positive");
      }
      if (subject == null || subject.isBlank()) {
        subject = "dev-" + role;
      }
    }
  }

  String mint(TokenRequest request) {
    Instant now = Instant.now();
    JwtClaimsBuilder claims =
        Jwt.issuer(issuer)
            .subject(request.subject())
            .upn(request.subject())
            .groups(Set.of(request.role()))
            .issuedAt(now)
            .expiresAt(now.plus(request.ttl()));
    request.organisation().ifPresent(org -> claims.claim(ORG_ID_CLAIM, org.toString()));
    return claims.jws().keyId(KEY_ID).sign(keys.privateKey());
  }
}
