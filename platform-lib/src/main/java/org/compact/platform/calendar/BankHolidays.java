package org.compact.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The England-and-Wales bank holidays of one dated data file: where it came from, when it was
 * published, and the days it covers ({@code validFrom}..{@code validUntil}). Outside those days it
 * knows nothing, so callers must say so rather than assume there is no holiday.
 */
public final class BankHolidays {
  private final String origin;
  private final String source;
  private final LocalDate published;
  private final DateRange validity;
  private final NavigableMap<LocalDate, BankHoliday> byDate;

  BankHolidays(
      String origin,
      String source,
      LocalDate published,
      DateRange validity,
      List<BankHoliday> holidays) {
    this.origin = origin;
    this.source = source;
    this.published = published;
    this.validity = validity;
    this.byDate = new TreeMap<>();
    holidays.forEach(h -> byDate.put(h.date(), h));
  }

  /** Where the file was read from (the bundled resource or a configured path). */
  public String origin() {
    return origin;
  }

  /** Where its data comes from, e.g. https://www.gov.uk/bank-holidays.json. */
  public String source() {
    return source;
  }

  public LocalDate published() {
    return published;
  }

  public LocalDate validFrom() {
    return validity.from();
  }

  public LocalDate validUntil() {
    return validity.to();
  }

  public boolean covers(LocalDate day) {
    return validity.contains(day);
  }

  public Optional<BankHoliday> on(LocalDate day) {
    return Optional.ofNullable(byDate.get(day));
  }

  public List<BankHoliday> between(LocalDate from, LocalDate to) {
    return List.copyOf(byDate.subMap(from, true, to, true).values());
  }

  public int size() {
    return byDate.size();
  }

  @Override
  public String toString() {
    return byDate.size()
        + " England-and-Wales bank holidays from "
        + origin
        + " (source "
        + source
        + ", published "
        + published
        + ", valid "
        + validity.from()
        + " to "
        + validity.to()
        + ")";
  }
}
