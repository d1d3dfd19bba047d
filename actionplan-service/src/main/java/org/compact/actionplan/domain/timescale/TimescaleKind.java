package org.compact.actionplan.domain.timescale;

/** What a timescale text says, in order of precedence when a text says several things. */
public enum TimescaleKind {
  /** Blank: no timescale given. */
  NONE,
  /** One or more dates ("June 2009", "Summer 2007", "End 2010"). */
  DUE_DATE,
  /** A span of months ("June-July 2007", "Between June and October 2009"): due at its end. */
  RANGE,
  /** Repeats from the plan period start ("Annually", "Six Monthly", "Quarterly"). */
  RECURRING,
  /** No due date unless an end is given ("Ongoing until September 2010"). */
  ONGOING,
  /** Already done ("Completed March 2010"). */
  COMPLETED,
  /** Counted from the plan's adoption ("3 months after adoption"). */
  RELATIVE,
  /** Nothing recognisable: the text is kept and flagged, never rejected. */
  UNPARSED
}
