package org.compact.systemtests.stack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds or a deadline passes. The short pause between two polls is the
 * poll interval, never a synchronisation: every wait in the system tests ends on an observed state.
 */
public final class Await {
  private static final Duration POLL = Duration.ofMillis(100);

  private Await() {}

  /** Polls {@code condition} until true; fails with {@code what} after {@code timeout}. */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    value(
        what,
        timeout,
        () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  /**
   * Polls {@code probe} until it returns a value; fails with {@code what} (and the last error, if
   * the probe threw) after {@code timeout}.
   */
  public static <T> T value(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException lastError = null;
    while (true) {
      try {
        Optional<T> result = probe.get();
        if (result.isPresent()) {
          return result.get();
        }
      } catch (RuntimeException e) {
        lastError = e;
      }
      if (System.nanoTime() - deadline >= 0) {
        AssertionError failure =
            new AssertionError(
                "Timed out after "
                    + timeout.toSeconds()
                    + " s waiting for "
                    + what
                    + (lastError == null ? "" : " (last error: " + lastError + ")"));
        if (lastError != null) {
          failure.initCause(lastError);
        }
        throw failure;
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
  }
}
