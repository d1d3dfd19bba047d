package org.compact.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Now" for the whole service. Business dates are in Europe/London (a deadline day ends at midnight
 * London time). Tests, and system tests through {@code /admin/time} when enabled, may shift it.
 */
@ApplicationScoped
public class TimeSource {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final AtomicReference<Clock> clock = new AtomicReference<>(Clock.systemUTC());

  public Instant now() {
    return clock.get().instant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), LONDON);
  }

  public Clock clock() {
    return clock.get();
  }

  /** Freezes time at {@code instant} (tests). */
  public void fixAt(Instant instant) {
    clock.set(Clock.fixed(instant, java.time.ZoneOffset.UTC));
  }

  /** Runs the real clock shifted by {@code offset}. */
  public void shiftBy(Duration offset) {
    clock.set(Clock.offset(Clock.systemUTC(), offset));
  }

  public void reset() {
    clock.set(Clock.systemUTC());
  }
}
