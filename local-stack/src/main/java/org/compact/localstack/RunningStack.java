package org.compact.localstack;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a {@link DemoDataLoader} gets: the base URL of each ready service (by name: signatory,
 * actionplan, dispute, consultation, reporting) and tokens for calling them.
 */
public final class RunningStack {
  private final Map<String, URI> serviceUrls;
  private final DevTokens tokens;

  RunningStack(Map<String, URI> serviceUrls, DevTokens tokens) {
    this.serviceUrls = Map.copyOf(serviceUrls);
    this.tokens = tokens;
  }

  /** Base URLs of the services that are ready, e.g. {@code signatory -> http://localhost:8081}. */
  public Map<String, URI> serviceUrls() {
    return serviceUrls;
  }

  /**
   * A bearer token signed with the dev key, valid for one hour.
   *
   * @param role compact-admin, ccrg-member, partner or council-system
   * @param organisation the {@code org_id} claim, for partner and council-system
   * @param subject the {@code sub} and {@code upn} claims
   */
  public String token(String role, Optional<UUID> organisation, String subject) {
    return tokens.mint(
        new DevTokens.TokenRequest(role, organisation, subject, Duration.ofHours(1)));
  }
}
