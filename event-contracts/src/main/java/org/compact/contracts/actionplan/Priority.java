package org.compact.contracts.actionplan;

/** Action priority; {@code MEDIUM_HIGH} is the seeds' "Medium/High". */
public enum Priority {
  HIGH,
  MEDIUM_HIGH,
  MEDIUM,
  LOW
}
