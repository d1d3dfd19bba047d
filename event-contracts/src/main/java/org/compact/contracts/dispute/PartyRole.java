package org.compact.contracts.dispute;

public enum PartyRole {
  COMPLAINANT,
  RESPONDENT
}
