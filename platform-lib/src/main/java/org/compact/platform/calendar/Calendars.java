package org.compact.platform.calendar;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.compact.platform.config.CalendarConfig;
import org.compact.platform.time.TimeSource;
import org.jboss.logging.Logger;

/**
 * The working-day calendar of this service, loaded at startup from the bundled bank holiday file or
 * {@code compact.calendar.bank-holidays-file}; a missing or malformed file stops the service with a
 * message naming the file and the problem.
 */
@Startup
@Singleton
public class Calendars {
  private static final Logger LOG = Logger.getLogger(Calendars.class);

  private final WorkingDayCalendar calendar;

  @Inject
  public Calendars(CalendarConfig config, TimeSource time) {
    this.calendar = load(config.bankHolidaysFile());
    BankHolidays holidays = calendar.bankHolidays();
    LOG.infof("Working-day calendar: %s", holidays);
    LocalDate today = time.today();
    if (holidays.validUntil().isBefore(today.plusYears(1))) {
      LOG.warnf(
          "The bank holiday file %s covers days only until %s: configure a newer one"
              + " (compact.calendar.bank-holidays-file) from %s",
          holidays.origin(), holidays.validUntil(), holidays.source());
    }
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** The configured file, else the bundled one; throws with a clear message when unusable. */
  public static WorkingDayCalendar load(Optional<String> configuredFile) {
    try {
      return configuredFile
          .filter(path -> !path.isBlank())
          .map(path -> new WorkingDayCalendar(BankHolidayFile.read(Path.of(path.strip()))))
          .orElseGet(WorkingDayCalendar::bundled);
    } catch (InvalidBankHolidayFileException e) {
      throw new InvalidBankHolidayFileException(
          e.getMessage() + " (compact.calendar.bank-holidays-file); the service does not start", e);
    }
  }
}
