package org.compact.dispute.domain;

/** Entries of the case file. */
public enum RecordKind {
  /** A letter between the parties (e.g. the stage 1 formal letter). */
  LETTER,
  /** A party's submission to whoever handles the case. */
  SUBMISSION,
  /** The panel's deliberation. */
  PANEL_NOTE,
  /** The panel's notes of a hearing or further meeting. */
  HEARING_NOTE,
  /** The CCRG's (chair's) report to the steering group. */
  CCRG_REPORT,
  /**
   * A report of the issue and its resolution to the steering group (by a party or recorded by it).
   */
  RESOLUTION_REPORT,
  /** A party's update on further developments, also after closure. */
  UPDATE
}
