package org.compact.dispute.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * The stage 2 referral letter to the steering group. It must identify the organisations concerned,
 * the commitment(s) over which the difference arose, the nature of the difference and what has
 * already been done to resolve it (seed 003).
 */
public record Referral(
    List<UUID> organisations,
    List<String> commitments,
    String commitmentDetails,
    String natureOfDifference,
    String whatHasBeenDone,
    String letter) {

  public Referral {
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
  }

  /** Every missing or invalid item, one violation each (empty when the referral is complete). */
  public List<Problem.Violation> problems(
      UUID complainant, Set<UUID> respondents, List<String> catalogue) {
    List<Problem.Violation> problems = new ArrayList<>();
    if (!organisations.contains(complainant)
        || organisations.stream().noneMatch(respondents::contains)) {
      problems.add(
          new Problem.Violation(
              "organisations",
              "must identify the organisations concerned: the complainant and at least one"
                  + " respondent"));
    }
    organisations.stream()
        .filter(o -> !o.equals(complainant) && !respondents.contains(o))
        .forEach(
            o ->
                problems.add(
                    new Problem.Violation("organisations", o + " is not a party to this dispute")));
    if (commitments.isEmpty() && isBlank(commitmentDetails)) {
      problems.add(
          new Problem.Violation(
              "commitments",
              "must name the Compact commitment(s) over which the difference arose"));
    }
    commitments.stream()
        .filter(c -> !catalogue.contains(c))
        .forEach(
            c ->
                problems.add(
                    new Problem.Violation(
                        "commitments", c + " is not one of the Codes of Practice " + catalogue)));
    if (isBlank(natureOfDifference)) {
      problems.add(
          new Problem.Violation(
              "natureOfDifference", "must describe the nature of the difference"));
    }
    if (isBlank(whatHasBeenDone)) {
      problems.add(
          new Problem.Violation(
              "whatHasBeenDone", "must say what has already been done to resolve the matter"));
    }
    return problems;
  }

  public void requireComplete(UUID complainant, Set<UUID> respondents, List<String> catalogue) {
    List<Problem.Violation> problems = problems(complainant, respondents, catalogue);
    if (!problems.isEmpty()) {
      throw ProblemException.ruleViolation(
          "The referral is incomplete: " + problems.size() + " item(s) missing or invalid",
          problems);
    }
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
