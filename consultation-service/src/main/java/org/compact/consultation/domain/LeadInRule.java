package org.compact.consultation.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineComputation;
import org.compact.platform.calendar.WorkingDayCalendar;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;

/**
 * Code of Practice on consultation: "Allow where possible 12 weeks lead in time. If this is not
 * possible, give clear reasons why." Applied to the consultation's own dates, never to "now", so
 * historic consultations can be entered. Days are calendar days (84 by default) or working days (60
 * by default: weekends and England-and-Wales bank holidays do not count).
 */
public final class LeadInRule {
  public static final String RULE = "consultation-lead-in";
  public static final String START_NAME = "opensOn";

  private final int requiredDays;
  private final DayCount dayCount;
  private final WorkingDayCalendar calendar;

  /** Calendar days. */
  public LeadInRule(int requiredDays) {
    this(requiredDays, DayCount.CALENDAR, WorkingDayCalendar.bundled());
  }

  public LeadInRule(int requiredDays, DayCount dayCount, WorkingDayCalendar calendar) {
    if (requiredDays < 0) {
      throw new IllegalArgumentException("requiredDays must not be negative");
    }
    this.requiredDays = requiredDays;
    this.dayCount = dayCount;
    this.calendar = calendar;
  }

  public int requiredDays() {
    return requiredDays;
  }

  public DayCount dayCount() {
    return dayCount;
  }

  /** The assessment of the dates, or 422 when the period is too short and no reason is given. */
  public LeadInAssessment apply(LocalDate opensOn, LocalDate closesOn, String shortReason) {
    if (closesOn.isBefore(opensOn)) {
      throw ProblemException.ruleViolation(
          "closesOn " + closesOn + " is before opensOn " + opensOn,
          List.of(new Problem.Violation("closesOn", "must not be before opensOn")));
    }
    long days = calendar.daysBetween(opensOn, closesOn, dayCount);
    if (days >= requiredDays) {
      return new LeadInAssessment(days, requiredDays, true, null);
    }
    String reason = shortReason == null ? "" : shortReason.strip();
    if (reason.isEmpty()) {
      String unit = dayCount == DayCount.CALENDAR ? " days" : " working days";
      LocalDate earliest = earliestClosing(calendar, opensOn, requiredDays, dayCount).dueOn();
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("rule", RULE);
      extensions.put("days", days);
      extensions.put("requiredDays", requiredDays);
      extensions.put("dayCount", dayCount.name());
      extensions.put("earliestClosesOn", earliest.toString());
      throw new ProblemException(
          ProblemType.RULE_VIOLATION,
          "Lead-in rule ("
              + RULE
              + "): closesOn - opensOn is "
              + days
              + unit
              + ", under the "
              + requiredDays
              + unit
              + " (12 weeks) the Code of Practice asks for (closesOn "
              + earliest
              + " or later would meet it); give shortLeadInReason to explain why",
          List.of(
              new Problem.Violation(
                  "shortLeadInReason",
                  "required when closesOn - opensOn is under " + requiredDays + unit)),
          extensions);
    }
    return new LeadInAssessment(days, requiredDays, false, reason);
  }

  /** The earliest closing date meeting the rule, and how it was computed. */
  public static DeadlineComputation earliestClosing(
      WorkingDayCalendar calendar, LocalDate opensOn, int requiredDays, DayCount dayCount) {
    return calendar.deadline(START_NAME, opensOn, requiredDays, dayCount);
  }
}
