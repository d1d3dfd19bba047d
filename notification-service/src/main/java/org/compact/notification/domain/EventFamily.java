package org.compact.notification.domain;

import org.compact.contracts.EventType;

/** The aggregate an event type belongs to; filters and visibility rules work per family. */
public enum EventFamily {
  SIGNATORY,
  PLAN,
  ACTION,
  DISPUTE,
  CONSULTATION;

  public static EventFamily of(EventType type) {
    return switch (type.aggregateType()) {
      case "signatory" -> SIGNATORY;
      case "plan" -> PLAN;
      case "action" -> ACTION;
      case "dispute" -> DISPUTE;
      case "consultation" -> CONSULTATION;
      default -> throw new IllegalArgumentException("unknown aggregate " + type.aggregateType());
    };
  }
}
