package org.compact.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a subscription that keeps failing is paused: after {@code maxConsecutiveFailures} failed
 * attempts in a row (across its deliveries, since the last success), or once every attempt has
 * failed for {@code maxFailingFor} (with at least {@code minFailedAttempts} attempts, so one late
 * attempt after a quiet period does not pause it). The reason is kept for the owner to read.
 */
public record PauseRule(int maxConsecutiveFailures, Duration maxFailingFor, int minFailedAttempts) {

  /** The reason to pause now, or empty. */
  public Optional<String> reasonToPause(
      int consecutiveFailures, Instant failingSince, Instant now, String lastError) {
    String last = lastError == null ? "" : "; last error: " + lastError;
    if (consecutiveFailures >= maxConsecutiveFailures) {
      return Optional.of(
          "Paused after "
              + consecutiveFailures
              + " consecutive failed delivery attempts (failing since "
              + failingSince
              + ")"
              + last);
    }
    if (failingSince != null
        && consecutiveFailures >= minFailedAttempts
        && !now.isBefore(failingSince.plus(maxFailingFor))) {
      return Optional.of(
          "Paused: every delivery attempt has failed since "
              + failingSince
              + " ("
              + consecutiveFailures
              + " attempts over "
              + Duration.between(failingSince, now).toHours()
              + " h)"
              + last);
    }
    return Optional.empty();
  }
}
