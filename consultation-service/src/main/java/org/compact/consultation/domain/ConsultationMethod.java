package org.compact.consultation.domain;

/** How views are gathered ("use the most appropriate method suitable for the audience"). */
public enum ConsultationMethod {
  SURVEY,
  PUBLIC_MEETING,
  CITIZENS_PANEL,
  FOCUS_GROUP,
  WORKSHOP,
  WRITTEN_CONSULTATION,
  ONLINE,
  INTERVIEWS,
  DROP_IN,
  OTHER
}
