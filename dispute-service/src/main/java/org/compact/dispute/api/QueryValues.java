package org.compact.dispute.api;

import java.util.Arrays;
import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/** Query parameters taken as strings, so a bad value is a 400 naming it (not a JAX-RS 404). */
final class QueryValues {
  private QueryValues() {}

  static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "Invalid query parameter " + name,
          List.of(
              new Problem.Violation(
                  name, "must be one of " + Arrays.toString(type.getEnumConstants()))));
    }
  }

  static Integer year(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(raw.trim());
      if (year >= 1990 && year <= 2200) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ProblemException.badRequest(
        "Invalid query parameter " + name,
        List.of(new Problem.Violation(name, "must be a year between 1990 and 2200")));
  }
}
