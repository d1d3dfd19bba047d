package org.compact.platform.calendar;

/** How the days of a deadline are counted. */
public enum DayCount {
  /** Every day counts (the seeds' rule and the default). */
  CALENDAR("calendar"),
  /** Only Monday to Friday outside England-and-Wales bank holidays count. */
  WORKING("working");

  private final String word;

  DayCount(String word) {
    this.word = word;
  }

  /** "calendar" or "working", for explanations ("14 calendar days after ..."). */
  public String word() {
    return word;
  }
}
