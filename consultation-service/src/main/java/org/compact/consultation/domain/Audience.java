package org.compact.consultation.domain;

/**
 * Who a consultation addresses. The Code of Practice asks that hard-to-reach groups are considered
 * and included; seed 004 consults the Citizens' Panel, residents, employees and stakeholders.
 */
public enum Audience {
  RESIDENTS,
  SERVICE_USERS,
  CITIZENS_PANEL,
  HARD_TO_REACH_GROUPS,
  VCS_ORGANISATIONS,
  PUBLIC_BODIES,
  BUSINESSES,
  EMPLOYEES,
  YOUNG_PEOPLE,
  OLDER_PEOPLE,
  STAKEHOLDERS
}
