package org.compact.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The review year and the event consumer of the reporting service. */
@ConfigMapping(prefix = "compact.reporting")
public interface ReportingConfig {
  /** First month of the review year (1-12); April = the council financial year (seed default). */
  @WithDefault("4")
  int reviewYearStartMonth();

  /** The sector whose signatories are "public bodies" (asked to appoint a Compact Champion). */
  @WithDefault("PUBLIC")
  String publicSector();

  Consumer consumer();

  interface Consumer {
    /** Off only for tools that must not read the topics. */
    @WithDefault("true")
    boolean enabled();

    /** Group id under which offsets are also committed to Kafka (for lag tooling). */
    @WithDefault("reporting-service")
    String groupId();

    @WithDefault("500ms")
    Duration pollTimeout();

    @WithDefault("200")
    int maxPollRecords();

    /** Attempts of one record while the database answers, before it is dead-lettered. */
    @WithDefault("3")
    int maxAttempts();

    /** Upper bound of the back-off while the database is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How often end offsets are fetched for the lag gauge. */
    @WithDefault("5s")
    Duration lagRefresh();
  }
}
