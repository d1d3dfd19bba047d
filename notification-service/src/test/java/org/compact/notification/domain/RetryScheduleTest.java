package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  static final RetrySchedule SCHEDULE =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofHours(24));
  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void ceilingStartsAtTheBaseAndDoublesPerFailedAttemptUpToTheCap() {
    assertThat(SCHEDULE.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(SCHEDULE.ceiling(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(SCHEDULE.ceiling(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(SCHEDULE.ceiling(10)).isEqualTo(Duration.ofSeconds(30L << 9));
    assertThat(SCHEDULE.ceiling(11)).isEqualTo(Duration.ofHours(6));
    assertThat(SCHEDULE.ceiling(500)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void fullJitterWaitsARandomShareOfTheCeiling() {
    Instant failedAt = START.plusSeconds(100);
    assertThat(SCHEDULE.nextAttempt(START, 3, failedAt, 0.5))
        .contains(failedAt.plus(Duration.ofMinutes(1)));
    assertThat(SCHEDULE.nextAttempt(START, 3, failedAt, 0.999999))
        .get()
        .satisfies(next -> assertThat(next).isBefore(failedAt.plus(Duration.ofMinutes(2))));
    assertThat(SCHEDULE.nextAttempt(START, 3, failedAt, 0.25))
        .contains(failedAt.plus(Duration.ofSeconds(30)));
  }

  @Test
  void theWaitIsAtLeastOneSecondEvenWhenTheJitterIsZero() {
    assertThat(SCHEDULE.nextAttempt(START, 1, START, 0.0)).contains(START.plusSeconds(1));
  }

  @Test
  void noAttemptIsScheduledPastTheEndOfTheWindowTheLastOneHappensExactlyThere() {
    Instant windowEnd = START.plus(Duration.ofHours(24));
    Instant lateFailure = windowEnd.minus(Duration.ofMinutes(10));
    assertThat(SCHEDULE.nextAttempt(START, 15, lateFailure, 0.99)).contains(windowEnd);
  }

  @Test
  void givesUpOnlyAfterAnAttemptAtOrAfterTheEndOfTheWindowFailed() {
    Instant windowEnd = START.plus(Duration.ofHours(24));
    assertThat(SCHEDULE.nextAttempt(START, 16, windowEnd.minusMillis(1), 0.5)).isPresent();
    assertThat(SCHEDULE.nextAttempt(START, 16, windowEnd, 0.5)).isEmpty();
    assertThat(SCHEDULE.nextAttempt(START, 16, windowEnd.plusSeconds(5), 0.5)).isEmpty();
  }

  @Test
  void retriesGoOnForAtLeastTwentyFourHoursWhateverTheJitter() {
    for (long seed = 1; seed <= 50; seed++) {
      Random random = new Random(seed);
      List<Instant> attempts = simulate(() -> random.nextDouble());
      assertThat(attempts.get(attempts.size() - 1))
          .as("last attempt with seed %d", seed)
          .isEqualTo(START.plus(Duration.ofHours(24)));
      for (int i = 1; i < attempts.size(); i++) {
        Duration gap = Duration.between(attempts.get(i - 1), attempts.get(i));
        assertThat(gap).isPositive().isLessThanOrEqualTo(SCHEDULE.ceiling(i));
      }
    }
    List<Instant> longestWaits = simulate(() -> 0.999999);
    assertThat(longestWaits).hasSizeBetween(14, 20);
  }

  @Test
  void aScheduleNeedsAPositiveBaseNoLargerThanTheCap() {
    assertThatThrownBy(
            () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(24)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SCHEDULE.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Every attempt time of a delivery that always fails, until it is given up. */
  private static List<Instant> simulate(java.util.function.DoubleSupplier jitter) {
    List<Instant> attempts = new ArrayList<>(List.of(START));
    Optional<Instant> next = SCHEDULE.nextAttempt(START, 1, START, jitter.getAsDouble());
    while (next.isPresent()) {
      attempts.add(next.get());
      next = SCHEDULE.nextAttempt(START, attempts.size(), next.get(), jitter.getAsDouble());
    }
    return attempts;
  }
}
