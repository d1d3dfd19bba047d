package org.compact.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline (never a fixed sleep). */
public final class Poll {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private Poll() {}

  /** Polls {@code condition} every 50 ms until true; fails naming {@code what} at the deadline. */
  public static void until(BooleanSupplier condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() - deadline < 0) {
      if (condition.getAsBoolean()) {
        return;
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    if (!condition.getAsBoolean()) {
      throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }
  }

  public static void until(BooleanSupplier condition, String what) {
    until(condition, DEFAULT_TIMEOUT, what);
  }
}
