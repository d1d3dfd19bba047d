package org.compact.dispute.domain;

/** Who may act on a case: a partner of a party, the steering group, or the case's panel. */
public enum Actor {
  /** Staff (partner role) of the complainant or a respondent organisation. */
  PARTY,
  /** The steering group / Compact officer (compact-admin). */
  COMPACT_ADMIN,
  /** A ccrg-member appointed to this case's panel. */
  PANEL
}
