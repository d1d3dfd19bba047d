package org.compact.localstack;

import java.time.Duration;

/** A point in time to give up waiting; waits poll against it instead of sleeping a fixed time. */
record Deadline(long endNanos, Duration total) {

  static Deadline after(Duration duration) {
    return new Deadline(System.nanoTime() + duration.toNanos(), duration);
  }

  boolean expired() {
    return System.nanoTime() - endNanos >= 0;
  }

  Duration remaining() {
    long left = endNanos - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  /** The pause before the next poll: {@code max}, or less when the deadline comes sooner. */
  Duration nextPause(Duration max) {
    Duration left = remaining();
    return left.compareTo(max) < 0 ? left : max;
  }
}
