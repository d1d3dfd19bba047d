package org.compact.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "compact.outbox")
public interface OutboxConfig {
  /** Whether this instance runs the relay at all (tests of the relay itself switch it off). */
  @WithDefault("true")
  boolean relayEnabled();

  /**
   * How often the relay looks for rows when no commit woke it: a safety net, since every commit
   * that recorded an event wakes this instance's relay at once (rows of other replicas, a wake-up
   * lost while the relay was busy).
   */
  @WithDefault("2s")
  Duration pollInterval();

  /**
   * How stale the backlog gauges ({@code compact.outbox.pending}, {@code
   * compact.outbox.oldest.pending.age.seconds}) may get before the relay counts the table again; a
   * poll that finds nothing pending, or publishes all it found, sets them without a query.
   */
  @WithDefault("10s")
  Duration backlogRefreshInterval();

  @WithDefault("500")
  int batchSize();

  /** How long to wait for the broker to acknowledge one batch. */
  @WithDefault("10s")
  Duration sendTimeout();

  /** Longest pause between attempts while Kafka is unreachable. */
  @WithDefault("15s")
  Duration maxBackoff();

  /** Published rows are deleted after this long. */
  @WithDefault("7d")
  Duration retention();
}
