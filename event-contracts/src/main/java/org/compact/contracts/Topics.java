package org.compact.contracts;

import java.util.List;

/**
 * Kafka topics, one per publishing service; retention is unlimited so the read model can be
 * rebuilt.
 */
public final class Topics {
  public static final String SIGNATORIES = "compact.signatories";
  public static final String ACTIONPLANS = "compact.actionplans";
  public static final String DISPUTES = "compact.disputes";
  public static final String CONSULTATIONS = "compact.consultations";

  public static final List<String> ALL = List.of(SIGNATORIES, ACTIONPLANS, DISPUTES, CONSULTATIONS);

  private Topics() {}
}
