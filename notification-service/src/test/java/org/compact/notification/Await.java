package org.compact.notification;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes (then fails naming what was awaited). */
final class Await {
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private Await() {}

  static <T> T until(Supplier<T> value, java.util.function.Predicate<T> condition, String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    T last = null;
    while (System.nanoTime() < deadline) {
      last = value.get();
      if (condition.test(last)) {
        return last;
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    throw new AssertionError("not within " + TIMEOUT + ": " + what + " (last seen: " + last + ")");
  }

  static void until(java.util.function.BooleanSupplier condition, String what) {
    until(condition::getAsBoolean, Boolean::booleanValue, what);
  }
}
