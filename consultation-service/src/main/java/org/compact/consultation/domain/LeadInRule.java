package org.compact.consultation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;

/**
 * Code of Practice on consultation: "Allow where possible 12 weeks lead in time. If this is not
 * possible, give clear reasons why." Applied to the consultation's own dates, never to "now", so
 * historic consultations can be entered.
 */
public final class LeadInRule {
  public static final String RULE = "consultation-lead-in";

  private final int requiredDays;

  public LeadInRule(int requiredDays) {
    if (requiredDays < 0) {
      throw new IllegalArgumentException("requiredDays must not be negative");
    }
    this.requiredDays = requiredDays;
  }

  public int requiredDays() {
    return requiredDays;
  }

  /** The assessment of the dates, or 422 when the period is too short and no reason is given. */
  public LeadInAssessment apply(LocalDate opensOn, LocalDate closesOn, String shortReason) {
    if (closesOn.isBefore(opensOn)) {
      throw ProblemException.ruleViolation(
          "closesOn " + closesOn + " is before opensOn " + opensOn,
          List.of(new Problem.Violation("closesOn", "must not be before opensOn")));
    }
    long days = ChronoUnit.DAYS.between(opensOn, closesOn);
    if (days >= requiredDays) {
      return new LeadInAssessment(days, requiredDays, true, null);
    }
    String reason = shortReason == null ? "" : shortReason.strip();
    if (reason.isEmpty()) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("rule", RULE);
      extensions.put("days", days);
      extensions.put("requiredDays", requiredDays);
      throw new ProblemException(
          ProblemType.RULE_VIOLATION,
          "Lead-in rule ("
              + RULE
              + "): closesOn - opensOn is "
              + days
              + " days, under the "
              + requiredDays
              + " days (12 weeks) the Code of Practice asks for; give shortLeadInReason to explain"
              + " why",
          List.of(
              new Problem.Violation(
                  "shortLeadInReason",
                  "required when closesOn - opensOn is under " + requiredDays + " days")),
          extensions);
    }
    return new LeadInAssessment(days, requiredDays, false, reason);
  }
}
