package org.compact.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.UUID;
import org.compact.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: subject, roles and the {@code org_id} claim of their organisation. */
@RequestScoped
public class Caller {
  public static final String ORG_ID_CLAIM = "org_id";
  public static final String ANONYMOUS = "anonymous";

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken jwt;

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  /** The token's {@code sub}, or {@value #ANONYMOUS}. */
  public String subject() {
    if (identity.isAnonymous()) {
      return ANONYMOUS;
    }
    String sub = jwt.getSubject();
    return sub != null ? sub : identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  public boolean isAdmin() {
    return hasRole(Roles.COMPACT_ADMIN);
  }

  public Optional<UUID> orgId() {
    if (identity.isAnonymous()) {
      return Optional.empty();
    }
    Object claim = jwt.getClaim(ORG_ID_CLAIM);
    String value =
        claim instanceof JsonString json
            ? json.getString()
            : claim == null ? null : claim.toString();
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The caller's organisation; 403 when the token carries no valid {@code org_id}. */
  public UUID requireOrgId() {
    return orgId()
        .orElseThrow(() -> ProblemException.forbidden("The token carries no valid org_id claim"));
  }

  /** True when the caller acts for {@code organisationId} (same {@code org_id}). */
  public boolean belongsTo(UUID organisationId) {
    return organisationId != null && orgId().map(organisationId::equals).orElse(false);
  }
}
