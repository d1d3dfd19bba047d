package org.compact.reporting.domain;

/** Curation of a good-practice example: only APPROVED ones appear in reports. */
public enum GoodPracticeStatus {
  SUBMITTED,
  APPROVED,
  REJECTED
}
