package org.compact.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A due date and how it was reached: {@code days} counted days after {@code start}, where a day
 * counts unless the clock was stopped on it ({@code paused}) or, for working days, it is a weekend
 * or a bank holiday ({@code skippedWeekends}, {@code skippedHolidays}). Only days up to the due
 * date are listed. {@code warnings} say when the bank holiday data did not cover a counted day.
 *
 * @param startName what the start date is, e.g. "receivedOn" (may be null)
 */
public record DeadlineComputation(
    DayCount dayCount,
    String startName,
    LocalDate start,
    int days,
    LocalDate dueOn,
    List<DateRange> paused,
    List<DateRange> skippedWeekends,
    List<BankHoliday> skippedHolidays,
    List<String> warnings) {

  public DeadlineComputation {
    paused = List.copyOf(paused);
    skippedWeekends = List.copyOf(skippedWeekends);
    skippedHolidays = List.copyOf(skippedHolidays);
    warnings = List.copyOf(warnings);
  }

  public long pausedDays() {
    return paused.stream().mapToLong(DateRange::days).sum();
  }

  public long skippedWeekendDays() {
    return skippedWeekends.stream().mapToLong(DateRange::days).sum();
  }

  /**
   * How the date was computed, e.g. "10 working days after receivedOn 2025-01-06, skipping
   * 2025-01-11..12 weekend, 2025-01-18..19 weekend" or "14 calendar days after receivedOn
   * 2025-05-01, skipping 2025-05-06..10 clock stopped".
   */
  public String explanation() {
    StringBuilder text =
        new StringBuilder()
            .append(days)
            .append(' ')
            .append(dayCount.word())
            .append(days == 1 ? " day after " : " days after ")
            .append(startName == null ? "" : startName + " ")
            .append(start);
    record Item(LocalDate on, String text) {}
    List<Item> items = new ArrayList<>();
    paused.forEach(p -> items.add(new Item(p.from(), p + " clock stopped")));
    skippedWeekends.forEach(w -> items.add(new Item(w.from(), w + " weekend")));
    skippedHolidays.forEach(h -> items.add(new Item(h.date(), h.date() + " " + h.title())));
    if (!items.isEmpty()) {
      text.append(", skipping ")
          .append(
              String.join(
                  ", ",
                  items.stream().sorted(Comparator.comparing(Item::on)).map(Item::text).toList()));
    }
    warnings.forEach(w -> text.append(" (").append(w).append(')'));
    return text.toString();
  }
}
