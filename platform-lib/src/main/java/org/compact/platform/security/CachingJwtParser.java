package org.compact.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.compact.platform.config.SecurityConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser of Quarkus' JWT authentication with a cache of verified tokens: verifying
 * an RS256 signature on every request cost ~10 % of a service's CPU under load (bench finding 6).
 * Only {@link #parse(String)} (the configured issuer and key) is cached, keyed by the whole raw
 * token (signature included), and only after smallrye-jwt accepted it; a token that fails is never
 * kept, so a forged, foreign or wrongly issued one is verified (and refused) every time. Entries
 * end at the token's {@code exp}; after that the token is verified again (and refused once
 * expired). Caveat: a token stays accepted until its {@code exp} even if its signing key is
 * withdrawn from the verification key set meanwhile.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {
  private final DefaultJWTParser verifier;
  private final VerifiedTokenCache cache;

  @Inject
  public CachingJwtParser(
      DefaultJWTParser verifier,
      SecurityConfig config,
      @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxTokenAgeSeconds) {
    this(
        verifier,
        new VerifiedTokenCache(
            config.tokenCacheSize(), Clock.systemUTC(), maxTokenAgeSeconds.orElse(null)));
  }

  CachingJwtParser(DefaultJWTParser verifier, VerifiedTokenCache cache) {
    this.verifier = verifier;
    this.cache = cache;
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    JsonWebToken cached = cache.get(token);
    if (cached != null) {
      return cached;
    }
    JsonWebToken verified = verifier.parse(token);
    cache.put(token, verified);
    return verified;
  }

  /** Requests whose token came from the cache (for tests and diagnostics). */
  public long cacheHits() {
    return cache.hits();
  }

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return verifier.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return verifier.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return verifier.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return verifier.parseOnly(token);
  }
}
