package org.compact.dispute.domain;

/** Whether the breach of the Compact has happened or is likely to occur (seed 003). */
public enum Breach {
  HAPPENED,
  LIKELY
}
