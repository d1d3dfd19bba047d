package org.compact.consultation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.compact.consultation.config.ConsultationConfig;
import org.compact.consultation.domain.CalendarFilter;
import org.compact.consultation.service.CalendarEntry;
import org.compact.consultation.service.CalendarQueries;
import org.compact.platform.problem.Problem;
import org.compact.platform.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public consultation calendar: month view and iCalendar feed. No token needed. */
@Path("/calendar")
@Tag(name = "Calendar")
public class CalendarResource {
  @Inject CalendarQueries calendar;
  @Inject ConsultationConfig config;
  @Inject TimeSource time;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Month view of the calendar",
      description =
          "Consultations running during ?month=yyyy-MM (default: this month, Europe/London), with"
              + " the same filters as the list, and the days on which they open or close.")
  @APIResponse(
      responseCode = "200",
      description = "The month",
      content = @Content(schema = @Schema(implementation = MonthView.class)))
  @APIResponse(responseCode = "400", description = "Bad month or filter, or from/to given")
  @APIResponse(responseCode = "401", description = "A token was sent and is invalid")
  public MonthView month(@BeanParam CalendarParams params) {
    if (params.from != null || params.to != null) {
      throw org.compact.platform.problem.ProblemException.badRequest(
          "The month view takes month, not from/to",
          List.of(new Problem.Violation("from", "use month=yyyy-MM")));
    }
    YearMonth month = params.yearMonth();
    if (month == null) {
      month = YearMonth.from(time.today());
      params.month = month.toString();
    }
    CalendarFilter filter = params.toFilter();
    List<CalendarEntry> running = calendar.entries(filter, config.maxFeedEntries());
    return monthView(month, running);
  }

  static MonthView monthView(YearMonth month, List<CalendarEntry> running) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    Map<LocalDate, List<UUID>> opening = new TreeMap<>();
    Map<LocalDate, List<UUID>> closing = new TreeMap<>();
    List<MonthView.Entry> entries = new ArrayList<>();
    for (CalendarEntry c : running) {
      boolean opens = !c.opensOn().isBefore(first) && !c.opensOn().isAfter(last);
      boolean closes = !c.closesOn().isBefore(first) && !c.closesOn().isAfter(last);
      if (opens) {
        opening.computeIfAbsent(c.opensOn(), d -> new ArrayList<>()).add(c.id());
      }
      if (closes) {
        closing.computeIfAbsent(c.closesOn(), d -> new ArrayList<>()).add(c.id());
      }
      entries.add(
          new MonthView.Entry(
              c.id(),
              c.title(),
              c.ownerId(),
              c.status(),
              c.opensOn(),
              c.closesOn(),
              opens,
              closes,
              c.leadInRuleMet()));
    }
    TreeMap<LocalDate, MonthView.Day> days = new TreeMap<>();
    for (LocalDate date : union(opening, closing)) {
      days.put(
          date,
          new MonthView.Day(
              date, opening.getOrDefault(date, List.of()), closing.getOrDefault(date, List.of())));
    }
    return new MonthView(
        month.toString(),
        first,
        last,
        month.minusMonths(1).toString(),
        month.plusMonths(1).toString(),
        entries.size(),
        entries,
        List.copyOf(days.values()));
  }

  private static java.util.SortedSet<LocalDate> union(Map<LocalDate, ?> a, Map<LocalDate, ?> b) {
    java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>(a.keySet());
    dates.addAll(b.keySet());
    return dates;
  }
}
