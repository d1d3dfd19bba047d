package org.compact.signatory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/** A normalised org-id.guide identifier of an organisation, e.g. scheme GB-COH, value SC012345. */
@Embeddable
public record OrgIdentifier(
    @Column(name = "scheme", nullable = false) String scheme,
    @Column(name = "value", nullable = false) String value) {

  /** What a caller sent, before normalisation. */
  public record Raw(String scheme, String id) {}

  /** The canonical "scheme-id" form, e.g. GB-CHC-1123456. */
  public String orgId() {
    return scheme + "-" + value;
  }

  /**
   * Checks and normalises a list of identifiers: every scheme must be known, every value valid in
   * its scheme, and an organisation has at most one identifier per scheme. Breaking any rule is a
   * 422 listing each offending entry as {@code identifiers[i].scheme} or {@code identifiers[i].id}.
   */
  public static List<OrgIdentifier> normaliseAll(List<Raw> raw) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    List<OrgIdentifier> result = new ArrayList<>();
    List<Problem.Violation> violations = new ArrayList<>();
    Set<String> schemesSeen = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      Raw entry = raw.get(i);
      String field = "identifiers[" + i + "]";
      if (entry == null) {
        violations.add(new Problem.Violation(field, "must not be null"));
        continue;
      }
      var scheme = IdentifierScheme.byCode(entry.scheme());
      if (scheme.isEmpty()) {
        violations.add(
            new Problem.Violation(field + ".scheme", "must be one of " + IdentifierScheme.codes()));
        continue;
      }
      var normalised = scheme.get().normalise(entry.id());
      if (normalised.isEmpty()) {
        violations.add(
            new Problem.Violation(
                field + ".id",
                "'"
                    + entry.id()
                    + "' is not a valid "
                    + scheme.get().code()
                    + " identifier: expected "
                    + scheme.get().expectedFormat()));
        continue;
      }
      if (!schemesSeen.add(scheme.get().code())) {
        violations.add(
            new Problem.Violation(
                field + ".scheme",
                "an organisation has at most one " + scheme.get().code() + " identifier"));
        continue;
      }
      result.add(new OrgIdentifier(scheme.get().code(), normalised.get()));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.ruleViolation("Invalid organisation identifiers", violations);
    }
    return List.copyOf(result);
  }
}
