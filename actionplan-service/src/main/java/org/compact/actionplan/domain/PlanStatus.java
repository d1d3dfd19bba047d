package org.compact.actionplan.domain;

/** DRAFT → PUBLISHED → ARCHIVED; only PUBLISHED plans are public. */
public enum PlanStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
