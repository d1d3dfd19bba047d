package org.compact.platform.http;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=&size=&sort=} as strings, so a bad value is a 400 naming the parameter rather than
 * the JAX-RS default 404. Use with {@code @BeanParam}.
 */
public class PageParams {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  @QueryParam("page")
  @Parameter(description = "0-based page number", example = "0")
  public String page;

  @QueryParam("size")
  @Parameter(description = "Items per page, 1-200", example = "20")
  public String size;

  @QueryParam("sort")
  @Parameter(description = "Sort field, '-' prefix for descending", example = "name")
  public String sort;

  /** Validates against the sort fields this list allows; the first is the default. */
  public PageRequest toRequest(List<String> sortFields) {
    List<Problem.Violation> violations = new ArrayList<>();
    int pageNumber = parse("page", page, 0, 0, Integer.MAX_VALUE, violations);
    int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
    String field = sortFields.isEmpty() ? null : sortFields.get(0);
    boolean descending = false;
    if (sort != null && !sort.isBlank()) {
      String s = sort.trim();
      descending = s.startsWith("-");
      String requested = descending ? s.substring(1) : s;
      if (requested.endsWith(",desc") || requested.endsWith(",asc")) {
        descending = requested.endsWith(",desc");
        requested = requested.substring(0, requested.lastIndexOf(','));
      }
      if (!Set.copyOf(sortFields).contains(requested)) {
        violations.add(new Problem.Violation("sort", "must be one of " + sortFields));
      } else {
        field = requested;
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.badRequest("Invalid paging parameters", violations);
    }
    return new PageRequest(pageNumber, pageSize, field, descending);
  }

  private static int parse(
      String name, String raw, int fallback, int min, int max, List<Problem.Violation> out) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        out.add(new Problem.Violation(name, "must be between " + min + " and " + max));
      }
      return value;
    } catch (NumberFormatException e) {
      out.add(new Problem.Violation(name, "must be an integer"));
      return fallback;
    }
  }
}
