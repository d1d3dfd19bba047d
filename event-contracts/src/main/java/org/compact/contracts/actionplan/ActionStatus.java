package org.compact.contracts.actionplan;

public enum ActionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  DROPPED
}
