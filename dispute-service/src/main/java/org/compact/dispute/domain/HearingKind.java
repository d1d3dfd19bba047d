package org.compact.dispute.domain;

/** The first sitting (which the hearing deadline applies to) and any further meetings. */
public enum HearingKind {
  HEARING,
  FURTHER_MEETING
}
