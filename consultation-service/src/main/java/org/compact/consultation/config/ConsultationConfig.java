package org.compact.consultation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Consultation settings; the seed values are the defaults. */
@ConfigMapping(prefix = "compact.consultation")
public interface ConsultationConfig {
  /** Code of Practice on consultation: "allow where possible 12 weeks lead in time". */
  @WithDefault("84")
  int leadInDays();

  /**
   * The same 12 weeks in working days (5 a week), used when
   * compact.deadlines.consultation.day-count is WORKING.
   */
  @WithDefault("60")
  int leadInWorkingDays();

  /**
   * When the job moves consultations by their dates (Europe/London). Hourly, so a missed midnight
   * is caught up; "off" disables it.
   */
  @WithDefault("0 1 * * * ?")
  String statusCron();

  /** Most results one bulk push may carry. */
  @WithDefault("100")
  int maxBulkResults();

  /** Most entries one iCalendar feed carries (oldest first beyond it are left out). */
  @WithDefault("2000")
  int maxFeedEntries();

  /** POST /admin/demo-data loads the seed-004 demo consultations; never on in production. */
  @WithDefault("false")
  boolean demoDataEnabled();
}
