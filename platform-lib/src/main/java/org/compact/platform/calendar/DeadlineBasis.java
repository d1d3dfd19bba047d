package org.compact.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a date shown in the API was computed: the API form of a {@link DeadlineComputation}. */
@Schema(
    name = "DeadlineBasis",
    description =
        "How the date was computed: day count, start date, days, days the clock was stopped,"
            + " weekends and bank holidays skipped")
public record DeadlineBasis(
    @Schema(
            example = "CALENDAR",
            description = "CALENDAR: every day counts; WORKING: weekends and bank holidays do not")
        DayCount dayCount,
    @Schema(example = "receivedOn", description = "What the start date is") String startsFrom,
    @Schema(example = "2025-05-01") LocalDate startDate,
    @Schema(example = "14", description = "Counted days after the start date") int days,
    @Schema(description = "Days on which the clock was stopped (not counted)")
        List<DateInterval> pausedIntervals,
    @Schema(example = "0") long pausedDays,
    @Schema(description = "Weekends skipped (working days only)")
        List<DateInterval> skippedWeekends,
    @Schema(description = "Bank holidays skipped (working days only)")
        List<SkippedHoliday> skippedHolidays,
    @Schema(
            example =
                "https://www.gov.uk/bank-holidays.json, England and Wales (published 2026-11-23,"
                    + " covers 2008-01-01 to 2030-12-31)",
            description = "The bank holiday data used (working days only)")
        String bankHolidays,
    @Schema(description = "E.g. a counted day beyond the bank holiday data") List<String> warnings,
    @Schema(example = "14 calendar days after receivedOn 2025-05-01") String explanation) {

  @Schema(name = "DateInterval", description = "Consecutive days, both ends included")
  public record DateInterval(
      @Schema(example = "2025-05-06") LocalDate from,
      @Schema(example = "2025-05-10") LocalDate to,
      @Schema(example = "5") long days) {
    static DateInterval of(DateRange range) {
      return new DateInterval(range.from(), range.to(), range.days());
    }
  }

  @Schema(name = "SkippedHoliday")
  public record SkippedHoliday(
      @Schema(example = "2025-04-18") LocalDate date,
      @Schema(example = "Good Friday") String title) {}

  public static DeadlineBasis of(DeadlineComputation c, BankHolidays holidays) {
    boolean working = c.dayCount() == DayCount.WORKING;
    return new DeadlineBasis(
        c.dayCount(),
        c.startName(),
        c.start(),
        c.days(),
        c.paused().stream().map(DateInterval::of).toList(),
        c.pausedDays(),
        working ? c.skippedWeekends().stream().map(DateInterval::of).toList() : null,
        working
            ? c.skippedHolidays().stream()
                .map(h -> new SkippedHoliday(h.date(), h.title()))
                .toList()
            : null,
        working ? describe(holidays) : null,
        c.warnings().isEmpty() ? null : c.warnings(),
        c.explanation());
  }

  static String describe(BankHolidays h) {
    return h.source()
        + ", England and Wales (published "
        + h.published()
        + ", covers "
        + h.validFrom()
        + " to "
        + h.validUntil()
        + ")";
  }
}
