package org.compact.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the reporting service. The review year's start is the Compact's ({@code
 * compact.agreement.review-year-start}); how the consumer reads is the platform's ({@code
 * compact.consumer.*}).
 */
@ConfigMapping(prefix = "compact.reporting")
public interface ReportingConfig {
  /** The sector whose signatories are "public bodies" (asked to appoint a Compact Champion). */
  @WithDefault("PUBLIC")
  String publicSector();

  Consumer consumer();

  interface Consumer {
    /** Off only for tools that must not read the topics. */
    @WithDefault("true")
    boolean enabled();
  }
}
