package org.compact.reporting.domain;

/** DRAFT (live figures) → AGREED (figures frozen) → PUBLISHED (public). */
public enum ReportStatus {
  DRAFT,
  AGREED,
  PUBLISHED
}
