package org.compact.contracts.consultation;

/**
 * The 12-week lead-in rule on the dates: {@code days} = closesOn - opensOn, {@code ruleMet} when at
 * least the configured minimum, {@code shortReason} recorded when not. {@code dayCount} says how
 * the days were counted: "CALENDAR" or "WORKING" (weekends and England-and-Wales bank holidays not
 * counted); absent in events written before it existed, which counted calendar days.
 */
public record LeadIn(
    long days, int requiredDays, boolean ruleMet, String shortReason, String dayCount) {

  /** Calendar days (the day count of every event before {@code dayCount} existed). */
  public LeadIn(long days, int requiredDays, boolean ruleMet, String shortReason) {
    this(days, requiredDays, ruleMet, shortReason, null);
  }
}
