package org.compact.signatory.domain;

/** What happened to an organisation, as kept in its history. */
public enum HistoryAction {
  REGISTERED,
  SIGN_UP_REQUESTED,
  UPDATED,
  SIGNED,
  WITHDRAWN,
  RESIGNED,
  CONTACT_ADDED,
  CONTACT_ERASED,
  CHAMPION_CHANGED
}
