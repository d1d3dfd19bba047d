package org.compact.platform.calendar;

/** The kinds of deadline whose day count is configured ({@code compact.deadlines.<area>}). */
public enum DeadlineArea {
  DISPUTE,
  CONSULTATION
}
