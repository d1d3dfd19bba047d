package org.compact.contracts.dispute;

public enum Relatedness {
  COMPACT_RELATED,
  NOT_COMPACT_RELATED
}
