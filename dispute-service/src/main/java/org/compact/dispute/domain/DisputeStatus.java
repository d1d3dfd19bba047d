package org.compact.dispute.domain;

public enum DisputeStatus {
  OPEN,
  CLOSED
}
