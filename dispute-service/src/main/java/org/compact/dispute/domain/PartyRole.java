package org.compact.dispute.domain;

public enum PartyRole {
  COMPLAINANT,
  RESPONDENT
}
