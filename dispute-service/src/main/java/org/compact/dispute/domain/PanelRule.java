package org.compact.dispute.domain;

/** The rules a panel appointment can break, named in the problem body. */
public enum PanelRule {
  /** Drawn from the CCRG roster of the review year containing R. */
  ROSTER_OF_REVIEW_YEAR,
  /** Nobody from either party's organisation. */
  NOT_FROM_A_PARTY_ORGANISATION,
  /** Nobody with a declared conflict (for this case, or an interest in a party organisation). */
  NO_DECLARED_CONFLICT,
  /** A member's sector is their organisation's; it must be known. */
  SECTOR_KNOWN,
  /** Exactly the configured number of members from each panel sector. */
  MEMBERS_PER_SECTOR,
  /** Each member once. */
  DISTINCT_MEMBERS
}
