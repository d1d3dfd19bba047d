package org.compact.platform.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The bank holiday data behind working-day deadlines. */
@ConfigMapping(prefix = "compact.calendar")
public interface CalendarConfig {
  /**
   * A newer bank holiday file (GOV.UK's bank-holidays.json format with "published" and
   * "validUntil"); absent: the file shipped in platform-lib. A malformed file stops the service.
   */
  Optional<String> bankHolidaysFile();
}
