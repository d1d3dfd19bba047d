package org.compact.platform.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Consecutive days, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {
  public DateRange {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("A date range needs from <= to: " + from + ".." + to);
    }
  }

  public static DateRange of(LocalDate day) {
    return new DateRange(day, day);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The same range one day longer, when {@code day} follows it directly. */
  DateRange extendedTo(LocalDate day) {
    return new DateRange(from, day);
  }

  /** Short form: 2025-01-11, 2025-01-11..12, 2025-01-31..02-01, 2025-12-27..2026-01-02. */
  @Override
  public String toString() {
    if (from.equals(to)) {
      return from.toString();
    }
    String end;
    if (from.getYear() != to.getYear()) {
      end = to.toString();
    } else if (from.getMonth() != to.getMonth()) {
      end = to.toString().substring(5);
    } else {
      end = to.toString().substring(8);
    }
    return from + ".." + end;
  }
}
