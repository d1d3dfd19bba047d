package org.compact.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.compact.platform.calendar.DayCount;

/**
 * How the days of each kind of deadline are counted: CALENDAR (the seeds' rule, the default) or
 * WORKING (weekends and England-and-Wales bank holidays skipped).
 */
@ConfigMapping(prefix = "compact.deadlines")
public interface DeadlinesConfig {
  /** Dispute deadlines counted from the receipt date R (panel R+14, hearing R+56). */
  Area dispute();

  /** The consultation lead-in (closesOn against opensOn). */
  Area consultation();

  interface Area {
    @WithDefault("CALENDAR")
    DayCount dayCount();
  }
}
