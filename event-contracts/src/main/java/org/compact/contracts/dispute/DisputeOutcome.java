package org.compact.contracts.dispute;

public enum DisputeOutcome {
  RESOLVED_INTERNALLY,
  RESOLVED,
  NOT_COMPACT_RELATED,
  NO_FURTHER_RECOURSE
}
