package org.compact.notification.api;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/** Query parameters parsed by hand, so a bad value is a 400 naming the parameter. */
final class QueryValues {
  private QueryValues() {}

  static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  static UUID uuid(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(name, "must be a UUID");
    }
  }

  private static ProblemException invalid(String name, String message) {
    return ProblemException.badRequest(
        "Invalid query parameter " + name, List.of(new Problem.Violation(name, message)));
  }
}
