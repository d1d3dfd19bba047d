package org.compact.dispute.domain;

/** The panel's decision whether the complaint relates to Compact commitments. */
public enum Relatedness {
  COMPACT_RELATED,
  NOT_COMPACT_RELATED
}
