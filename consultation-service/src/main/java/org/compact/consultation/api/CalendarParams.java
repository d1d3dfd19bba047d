package org.compact.consultation.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.CalendarFilter;
import org.compact.consultation.domain.ConsultationMethod;
import org.compact.consultation.domain.ConsultationStatus;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Calendar filters as strings, so a bad value is a 400 naming the parameter. Repeat a parameter for
 * alternatives ({@code ?audience=RESIDENTS&audience=CITIZENS_PANEL}).
 */
public class CalendarParams {
  @QueryParam("organisation")
  @Parameter(
      description = "Owner signatory id (repeatable)",
      example = "[\"6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11\"]")
  public List<String> organisation;

  @QueryParam("audience")
  @Parameter(description = "Audience (repeatable)", example = "[\"CITIZENS_PANEL\"]")
  public List<String> audience;

  @QueryParam("method")
  @Parameter(description = "Method (repeatable)", example = "[\"SURVEY\"]")
  public List<String> method;

  @QueryParam("status")
  @Parameter(description = "Status (repeatable)", example = "[\"OPEN\"]")
  public List<String> status;

  @QueryParam("from")
  @Parameter(
      description = "Consultations running on or after this date (closesOn >= from)",
      example = "2009-06-01")
  public String from;

  @QueryParam("to")
  @Parameter(
      description = "Consultations running on or before this date (opensOn <= to)",
      example = "2009-12-31")
  public String to;

  @QueryParam("month")
  @Parameter(
      description = "Consultations running during this month (yyyy-MM); not with from/to",
      example = "2026-11")
  public String month;

  public CalendarFilter toFilter() {
    List<Problem.Violation> violations = new ArrayList<>();
    Set<UUID> organisations = parseAll("organisation", organisation, UUID::fromString, violations);
    Set<Audience> audiences = parseAll("audience", audience, Audience::valueOf, violations);
    Set<ConsultationMethod> methods =
        parseAll("method", method, ConsultationMethod::valueOf, violations);
    Set<ConsultationStatus> statuses =
        parseAll("status", status, ConsultationStatus::valueOf, violations);
    LocalDate fromDate = parseDate("from", from, violations);
    LocalDate toDate = parseDate("to", to, violations);
    YearMonth yearMonth = parseMonth(violations);
    if (yearMonth != null && (fromDate != null || toDate != null)) {
      violations.add(new Problem.Violation("month", "cannot be combined with from/to"));
    }
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      violations.add(new Problem.Violation("to", "must not be before from"));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.badRequest("Invalid calendar filter", violations);
    }
    if (yearMonth != null) {
      fromDate = yearMonth.atDay(1);
      toDate = yearMonth.atEndOfMonth();
    }
    return new CalendarFilter(organisations, audiences, methods, statuses, fromDate, toDate);
  }

  /** The month asked for, or null. */
  public YearMonth yearMonth() {
    List<Problem.Violation> violations = new ArrayList<>();
    YearMonth parsed = parseMonth(violations);
    if (!violations.isEmpty()) {
      throw ProblemException.badRequest("Invalid calendar filter", violations);
    }
    return parsed;
  }

  private YearMonth parseMonth(List<Problem.Violation> violations) {
    if (month == null || month.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      violations.add(new Problem.Violation("month", "must be yyyy-MM, e.g. 2026-11"));
      return null;
    }
  }

  private static LocalDate parseDate(String name, String raw, List<Problem.Violation> violations) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      violations.add(new Problem.Violation(name, "must be a date yyyy-MM-dd"));
      return null;
    }
  }

  private static <T> Set<T> parseAll(
      String name,
      List<String> raw,
      Function<String, T> parser,
      List<Problem.Violation> violations) {
    Set<T> values = new LinkedHashSet<>();
    if (raw == null) {
      return values;
    }
    for (String value : raw) {
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          values.add(parser.apply(part.strip()));
        } catch (IllegalArgumentException e) {
          violations.add(new Problem.Violation(name, "unknown value '" + part.strip() + "'"));
        }
      }
    }
    return values;
  }
}
