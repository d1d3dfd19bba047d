package org.compact.dispute.domain;

/** The resolution procedures this service knows (seed 003 Stafford, seed 002 Richmond). */
public enum ProcedureName {
  STAFFORD,
  RICHMOND
}
