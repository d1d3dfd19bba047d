package org.compact.actionplan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.MonthDay;

@ConfigMapping(prefix = "compact.actionplan")
public interface ActionPlanConfig {
  /**
   * First day of a plan period's first year, as --MM-DD: "2009-10" starts on 1 April 2009 (the
   * council financial year). Recurring timescales count from it.
   */
  @WithDefault("--04-01")
  MonthDay periodStart();

  /** Cron (Europe/London) of the daily overdue sweep. */
  @WithDefault("0 30 2 * * ?")
  String overdueSweepCron();

  /** Largest import file accepted (bytes); larger ones are refused with 413. */
  @WithDefault("2097152")
  int importMaxBytes();
}
