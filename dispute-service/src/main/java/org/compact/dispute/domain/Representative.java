package org.compact.dispute.domain;

import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/** Someone who attends a hearing for a party. Confidential: never in events or admin views. */
public record Representative(String name, String organisation, boolean supporting) {
  public static final int MAX_PER_PARTY = 2;
  public static final int MAX_SUPPORTING = 1;

  /** Seed 003: up to 2 representatives each, one of whom may come from a supporting body. */
  public static void checkNomination(List<Representative> representatives) {
    if (representatives.size() > MAX_PER_PARTY) {
      throw ProblemException.ruleViolation(
          "A party may nominate at most " + MAX_PER_PARTY + " representatives per hearing",
          List.of(
              new Problem.Violation("representatives", "at most " + MAX_PER_PARTY + " per party")));
    }
    if (representatives.stream().filter(Representative::supporting).count() > MAX_SUPPORTING) {
      throw ProblemException.ruleViolation(
          "At most one representative may come from a supporting organisation",
          List.of(
              new Problem.Violation(
                  "representatives", "at most one from a supporting organisation")));
    }
  }
}
