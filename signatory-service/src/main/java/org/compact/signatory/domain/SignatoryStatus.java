package org.compact.signatory.domain;

/** PROSPECT → SIGNED → WITHDRAWN → SIGNED (re-sign). */
public enum SignatoryStatus {
  PROSPECT,
  SIGNED,
  WITHDRAWN
}
