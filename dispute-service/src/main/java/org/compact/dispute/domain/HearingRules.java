package org.compact.dispute.domain;

import java.time.LocalDate;
import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * The hearing should be held no later than its deadline; the seed says "endeavour", so a later date
 * is allowed with a recorded reason.
 */
public final class HearingRules {
  private HearingRules() {}

  public static boolean isLate(LocalDate hearingOn, Deadline deadline) {
    return deadline != null && !deadline.isOnTime(hearingOn);
  }

  public static void requireReasonIfLate(LocalDate hearingOn, Deadline deadline, String reason) {
    if (isLate(hearingOn, deadline) && (reason == null || reason.isBlank())) {
      throw ProblemException.ruleViolation(
          "The hearing date "
              + hearingOn
              + " is after its deadline "
              + deadline.dueOn()
              + "; record the reason for the delay",
          List.of(new Problem.Violation("lateReason", "required after the deadline day")));
    }
  }
}
