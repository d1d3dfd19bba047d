package org.compact.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff with full jitter, for at least the whole retry window. After the n-th failed
 * attempt of a series the ceiling is {@code min(cap, base * 2^(n-1))} and the next attempt waits a
 * uniformly random share of it (at least {@link #MIN_DELAY}). No attempt is scheduled past the end
 * of the window ({@code seriesStartedAt + window}): the last one happens exactly there, so a
 * delivery is retried for at least the window before it is given up.
 */
public record RetrySchedule(Duration base, Duration cap, Duration window) {
  public static final Duration MIN_DELAY = Duration.ofSeconds(1);

  public RetrySchedule {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || window.isNegative()) {
      throw new IllegalArgumentException("need 0 < base <= cap and a window >= 0");
    }
  }

  /** The longest wait after {@code failedAttempts} (>= 1) failed attempts of a series. */
  public Duration ceiling(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts starts at 1");
    }
    int doublings = failedAttempts - 1;
    if (doublings >= 40) {
      return cap;
    }
    long millis = base.toMillis();
    long grown = millis << doublings;
    if (grown >>> doublings != millis || grown > cap.toMillis()) {
      return cap;
    }
    return Duration.ofMillis(grown);
  }

  /**
   * When to try again after a failed attempt at {@code lastAttemptAt}, the {@code
   * failedAttempts}-th of a series that started at {@code seriesStartedAt}; empty once an attempt
   * at or after the end of the window has failed (give up).
   *
   * @param random uniformly distributed in [0, 1): the jitter
   */
  public Optional<Instant> nextAttempt(
      Instant seriesStartedAt, int failedAttempts, Instant lastAttemptAt, double random) {
    Instant windowEnd = seriesStartedAt.plus(window);
    if (!lastAttemptAt.isBefore(windowEnd)) {
      return Optional.empty();
    }
    double share = Math.min(Math.max(random, 0.0), 1.0);
    Duration delay = Duration.ofMillis((long) (ceiling(failedAttempts).toMillis() * share));
    if (delay.compareTo(MIN_DELAY) < 0) {
      delay = MIN_DELAY;
    }
    Instant next = lastAttemptAt.plus(delay);
    return Optional.of(next.isAfter(windowEnd) ? windowEnd : next);
  }
}
