package org.compact.consultation.domain;

import java.time.LocalDate;
import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * Dates of results, outcomes and feedback: not before the consultation opened, and not in the
 * future (London date).
 */
public final class PublicationDates {
  private PublicationDates() {}

  public static void require(
      String field, LocalDate date, Consultation consultation, LocalDate today) {
    if (date.isAfter(today)) {
      throw ProblemException.ruleViolation(
          field + " " + date + " is in the future (today is " + today + ", Europe/London)",
          List.of(new Problem.Violation(field, "must not be in the future")));
    }
    if (date.isBefore(consultation.opensOn)) {
      throw ProblemException.ruleViolation(
          field + " " + date + " is before the consultation opened on " + consultation.opensOn,
          List.of(new Problem.Violation(field, "must not be before opensOn")));
    }
  }
}
