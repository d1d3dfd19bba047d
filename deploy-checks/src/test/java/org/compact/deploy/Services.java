package org.compact.deploy;

import java.util.List;

/** The six services: module name, database name (= login role) and container port. */
final class Services {
  static final List<String> MODULES =
      List.of(
          "signatory-service",
          "actionplan-service",
          "dispute-service",
          "consultation-service",
          "reporting-service",
          "notification-service");

  private Services() {}

  static String database(String module) {
    return module.substring(0, module.indexOf("-service"));
  }
}
