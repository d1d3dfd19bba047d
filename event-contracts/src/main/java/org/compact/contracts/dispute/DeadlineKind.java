package org.compact.contracts.dispute;

public enum DeadlineKind {
  PANEL_CONVENED,
  HEARING_HELD
}
