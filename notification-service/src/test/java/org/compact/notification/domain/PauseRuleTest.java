package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PauseRuleTest {
  static final PauseRule RULE = new PauseRule(50, Duration.ofHours(24), 3);
  static final Instant SINCE = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void pausesAfterTheConfiguredNumberOfConsecutiveFailedAttempts() {
    assertThat(RULE.reasonToPause(49, SINCE, SINCE.plusSeconds(600), "HTTP 500")).isEmpty();
    assertThat(RULE.reasonToPause(50, SINCE, SINCE.plusSeconds(600), "HTTP 500"))
        .get()
        .asString()
        .contains("50 consecutive failed delivery attempts")
        .contains("HTTP 500");
  }

  @Test
  void pausesOnceEveryAttemptHasFailedForTwentyFourHours() {
    Instant dayLater = SINCE.plus(Duration.ofHours(24));
    assertThat(RULE.reasonToPause(12, SINCE, dayLater.minusSeconds(1), "HTTP 503")).isEmpty();
    assertThat(RULE.reasonToPause(12, SINCE, dayLater, "HTTP 503"))
        .get()
        .asString()
        .contains("every delivery attempt has failed since " + SINCE)
        .contains("12 attempts over 24 h")
        .contains("last error: HTTP 503");
  }

  @Test
  void aSingleLateFailureAfterAQuietPeriodDoesNotPause() {
    Instant muchLater = SINCE.plus(Duration.ofDays(3));
    assertThat(RULE.reasonToPause(2, SINCE, muchLater, "HTTP 500")).isEmpty();
    assertThat(RULE.reasonToPause(3, SINCE, muchLater, "HTTP 500")).isPresent();
  }

  @Test
  void noFailureStreakNoPause() {
    assertThat(RULE.reasonToPause(0, null, SINCE, null)).isEmpty();
  }
}
