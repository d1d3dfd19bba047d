package org.compact.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the platform's event streams (org.compact.platform.consumer) read their topics. */
@ConfigMapping(prefix = "compact.consumer")
public interface ConsumerSettings {
  @WithDefault("500ms")
  Duration pollTimeout();

  @WithDefault("200")
  int maxPollRecords();

  /** Attempts of one record while the database answers, before it is dead-lettered. */
  @WithDefault("3")
  int maxAttempts();

  /** Upper bound of the back-off while the database or Kafka is unreachable. */
  @WithDefault("5s")
  Duration maxBackoff();

  /** How often end offsets are fetched for the lag gauge while records keep coming. */
  @WithDefault("5s")
  Duration lagRefresh();
}
