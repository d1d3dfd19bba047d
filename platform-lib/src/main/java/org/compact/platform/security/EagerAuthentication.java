package org.compact.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authentication is lazy (so failures reach the problem+json mappers), but a token that is present
 * must be valid even on public endpoints: resolve it for every request that carries one.
 */
public class EagerAuthentication {
  @Inject CurrentIdentityAssociation identity;

  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
  public Uni<Void> authenticate(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
      return Uni.createFrom().voidItem();
    }
    return identity.getDeferredIdentity().replaceWithVoid();
  }
}
