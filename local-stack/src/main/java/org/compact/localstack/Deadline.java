package org.compact.localstack;

import java.time.Duration;

/** A point in time to give up waiting; waits poll against it instead of sleeping a fixed time. */
public record Deadline(long endNanos, Duration total) {

  public static Deadline after(Duration duration) {
    return new Deadline(System.nanoTime() + duration.toNanos(), duration);
  }

  public boolean expired() {
    return System.nanoTime() - endNanos >= 0;
  }

  public Duration remaining() {
    long left = endNanos - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  /** The pause before the next poll: {@code max}, or less when the deadline comes sooner. */
  public Duration nextPause(Duration max) {
    Duration left = remaining();
    return left.compareTo(max) < 0 ? left : max;
  }
}
