package org.compact.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CachingJwtParserTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * Stands in for smallrye-jwt: accepts the tokens in {@code valid} until their exp on the same
   * clock, refuses everything else, and counts its verifications.
   */
  private static final class Verifier extends DefaultJWTParser {
    final Map<String, Instant> valid = new HashMap<>();
    final Set<String> withoutExp = new HashSet<>();
    final MovableClock clock;
    int verifications;

    Verifier(MovableClock clock) {
      this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
      verifications++;
      if (withoutExp.contains(token)) {
        return jwt(token, null, null);
      }
      Instant exp = valid.get(token);
      if (exp == null) {
        throw new ParseException("bad signature");
      }
      if (!clock.instant().isBefore(exp)) {
        throw new ParseException("expired");
      }
      return jwt(token, exp, exp.minus(Duration.ofHours(1)));
    }
  }

  private final MovableClock clock = new MovableClock();
  private final Verifier verifier = new Verifier(clock);

  private CachingJwtParser parser(int capacity, Long maxTokenAgeSeconds) {
    return new CachingJwtParser(
        verifier, new VerifiedTokenCache(capacity, clock, maxTokenAgeSeconds));
  }

  @Test
  void aRepeatedValidTokenIsVerifiedOnce() throws Exception {
    CachingJwtParser parser = parser(10, null);
    verifier.valid.put("a", NOW.plus(Duration.ofMinutes(5)));

    JsonWebToken first = parser.parse("a");
    JsonWebToken second = parser.parse("a");

    assertThat(second).isSameAs(first);
    assertThat(verifier.verifications).isEqualTo(1);
    assertThat(parser.cacheHits()).isEqualTo(1);
  }

  @Test
  void aCachedTokenIsRefusedOnceItsExpHasPassed() throws Exception {
    CachingJwtParser parser = parser(10, null);
    verifier.valid.put("a", NOW.plus(Duration.ofMinutes(5)));
    parser.parse("a");

    clock.now = NOW.plus(Duration.ofMinutes(5)).minusMillis(1);
    parser.parse("a");
    assertThat(verifier.verifications).as("still valid: from the cache").isEqualTo(1);

    clock.now = NOW.plus(Duration.ofMinutes(5));
    assertThatThrownBy(() -> parser.parse("a")).isInstanceOf(ParseException.class);
    assertThat(verifier.verifications).isEqualTo(2);
  }

  @Test
  void theMaximumTokenAgeEndsAnEntryBeforeExp() throws Exception {
    // issued an hour before exp (see Verifier); at most 30 minutes old → cached until iat + 30 min
    CachingJwtParser parser = parser(10, 1800L);
    verifier.valid.put("a", NOW.plus(Duration.ofMinutes(50)));
    parser.parse("a");
    parser.parse("a");
    assertThat(verifier.verifications).isEqualTo(1);

    clock.now = NOW.plus(Duration.ofMinutes(20));
    parser.parse("a");
    assertThat(verifier.verifications).as("past iat + 30 min: verified again").isEqualTo(2);
  }

  @Test
  void aRefusedTokenIsNeverCached() throws Exception {
    CachingJwtParser parser = parser(10, null);
    verifier.valid.put("good", NOW.plus(Duration.ofMinutes(5)));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> parser.parse("forged")).isInstanceOf(ParseException.class);
    }
    assertThat(verifier.verifications).isEqualTo(3);
    assertThat(parser.parse("good")).isNotNull();
    assertThat(parser.cacheHits()).isZero();
  }

  @Test
  void aTokenWithoutExpIsNotCached() throws Exception {
    CachingJwtParser parser = parser(10, null);
    verifier.withoutExp.add("forever");
    parser.parse("forever");
    parser.parse("forever");
    assertThat(verifier.verifications).isEqualTo(2);
  }

  @Test
  void theLeastRecentlyUsedTokenMakesRoomAndAZeroSizeCacheKeepsNothing() throws Exception {
    CachingJwtParser parser = parser(2, null);
    for (String token : new String[] {"a", "b", "c"}) {
      verifier.valid.put(token, NOW.plus(Duration.ofMinutes(5)));
    }
    parser.parse("a");
    parser.parse("b");
    parser.parse("a"); // b is now the least recently used
    parser.parse("c");
    assertThat(verifier.verifications).isEqualTo(3);
    parser.parse("a");
    parser.parse("c");
    assertThat(verifier.verifications).isEqualTo(3);
    parser.parse("b");
    assertThat(verifier.verifications).isEqualTo(4);

    CachingJwtParser uncached = parser(0, null);
    uncached.parse("a");
    uncached.parse("a");
    assertThat(verifier.verifications).isEqualTo(6);
  }

  private static JsonWebToken jwt(String raw, Instant exp, Instant iat) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("raw_token", raw);
    if (exp != null) {
      claims.put("exp", exp.getEpochSecond());
      claims.put("iat", iat.getEpochSecond());
    }
    return new JsonWebToken() {
      @Override
      public String getName() {
        return "someone";
      }

      @Override
      public Set<String> getClaimNames() {
        return claims.keySet();
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
      }
    };
  }
}
