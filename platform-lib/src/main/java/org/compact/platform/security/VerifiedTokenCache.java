package org.compact.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Raw bearer token → the token smallrye-jwt verified, until the token's {@code exp} (or the {@code
 * iat} + maximum token age, when that comes first), least recently used dropped first. Only
 * verified tokens are put here; an entry whose time is up is removed and never served, so an
 * expired token goes back to the verifier (which refuses it).
 */
final class VerifiedTokenCache {
  private final int capacity;
  private final Clock clock;
  private final Long maxTokenAgeSeconds;
  private final Map<String, Verified> entries;
  private final AtomicLong hits = new AtomicLong();

  private record Verified(JsonWebToken token, Instant validUntil) {}

  VerifiedTokenCache(int capacity, Clock clock, Long maxTokenAgeSeconds) {
    this.capacity = capacity;
    this.clock = clock;
    this.maxTokenAgeSeconds = maxTokenAgeSeconds;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > VerifiedTokenCache.this.capacity;
          }
        };
  }

  /** The verified token, if it was verified before and its time is not up. */
  JsonWebToken get(String rawToken) {
    if (capacity <= 0) {
      return null;
    }
    synchronized (entries) {
      Verified entry = entries.get(rawToken);
      if (entry == null) {
        return null;
      }
      if (!clock.instant().isBefore(entry.validUntil())) {
        entries.remove(rawToken);
        return null;
      }
      hits.incrementAndGet();
      return entry.token();
    }
  }

  /** Keeps a token the verifier accepted; one without {@code exp} is not kept. */
  void put(String rawToken, JsonWebToken verified) {
    if (capacity <= 0) {
      return;
    }
    long exp = epochSeconds(verified, Claims.exp);
    if (exp <= 0) {
      return;
    }
    Instant validUntil = Instant.ofEpochSecond(exp);
    if (maxTokenAgeSeconds != null) {
      long iat = epochSeconds(verified, Claims.iat);
      Instant ageLimit = Instant.ofEpochSecond(iat <= 0 ? 0 : iat + maxTokenAgeSeconds);
      if (ageLimit.isBefore(validUntil)) {
        validUntil = ageLimit;
      }
    }
    if (!clock.instant().isBefore(validUntil)) {
      return;
    }
    synchronized (entries) {
      entries.put(rawToken, new Verified(verified, validUntil));
    }
  }

  /** A NumericDate claim, 0 when absent. */
  private static long epochSeconds(JsonWebToken token, Claims claim) {
    Object value = token.getClaim(claim.name());
    return value instanceof Number number ? number.longValue() : 0;
  }

  /** How many requests were served from the cache. */
  long hits() {
    return hits.get();
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
