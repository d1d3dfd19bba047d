package org.compact.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by domain and service code for any expected failure; rendered as problem+json by {@link
 * ProblemExceptionMapper}. Use the static factories so statuses stay consistent.
 */
public class ProblemException extends RuntimeException {
  private final ProblemType type;
  private final List<Problem.Violation> violations;
  private final Map<String, Object> extensions;

  public ProblemException(
      ProblemType type,
      String detail,
      List<Problem.Violation> violations,
      Map<String, Object> extensions) {
    super(detail);
    this.type = type;
    this.violations = violations == null ? List.of() : List.copyOf(violations);
    this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " not found", null, null);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail, null, null);
  }

  public static ProblemException conflict(String detail, Map<String, Object> extensions) {
    return new ProblemException(ProblemType.CONFLICT, detail, null, extensions);
  }

  /** 422: well-formed, but breaks a rule of DOMAIN.md. */
  public static ProblemException ruleViolation(String detail) {
    return new ProblemException(ProblemType.RULE_VIOLATION, detail, null, null);
  }

  public static ProblemException ruleViolation(String detail, List<Problem.Violation> violations) {
    return new ProblemException(ProblemType.RULE_VIOLATION, detail, violations, null);
  }

  public static ProblemException ruleViolation(String detail, Map<String, Object> extensions) {
    return new ProblemException(ProblemType.RULE_VIOLATION, detail, null, extensions);
  }

  /** 400: malformed input (bad query parameter, unparseable value). */
  public static ProblemException badRequest(String detail) {
    return new ProblemException(ProblemType.MALFORMED_REQUEST, detail, null, null);
  }

  public static ProblemException badRequest(String detail, List<Problem.Violation> violations) {
    return new ProblemException(ProblemType.VALIDATION, detail, violations, null);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail, null, null);
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.Violation> violations() {
    return violations;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
