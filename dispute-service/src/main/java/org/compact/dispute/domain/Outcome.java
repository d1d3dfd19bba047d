package org.compact.dispute.domain;

/** How a case ended (DOMAIN.md "Outcomes"). */
public enum Outcome {
  RESOLVED_INTERNALLY,
  RESOLVED,
  NOT_COMPACT_RELATED,
  NO_FURTHER_RECOURSE
}
