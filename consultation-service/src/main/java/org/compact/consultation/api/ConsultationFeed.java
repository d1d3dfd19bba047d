package org.compact.consultation.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationLink;
import org.compact.consultation.domain.ConsultationStatus;
import org.compact.platform.calendar.DayCount;

/**
 * Consultations as an iCalendar (RFC 5545) feed: one all-day VEVENT per consultation from opensOn
 * to closesOn inclusive (DTEND is exclusive, so closesOn + 1). The UID never changes; SEQUENCE is
 * raised on every change; cancelled ones stay in the feed with STATUS:CANCELLED so subscribed
 * calendars remove them.
 */
public final class ConsultationFeed {
  public static final String MEDIA_TYPE = "text/calendar";
  static final String PRODID = "-//Compact//Consultation calendar 1.0//EN";

  private ConsultationFeed() {}

  public static String uid(Consultation c) {
    return c.id + "@compact";
  }

  /**
   * @param calendarName shown by calendar apps
   * @param publicUrl the consultation's public page
   * @param generatedAt DTSTAMP for an entry never changed (each entry otherwise uses its last
   *     change)
   */
  public static String write(
      String calendarName,
      List<Consultation> consultations,
      Function<Consultation, URI> publicUrl,
      Instant generatedAt) {
    ICalendarWriter ical = new ICalendarWriter();
    ical.begin("VCALENDAR")
        .raw("VERSION", "2.0")
        .raw("PRODID", PRODID)
        .raw("CALSCALE", "GREGORIAN")
        .raw("METHOD", "PUBLISH")
        .text("X-WR-CALNAME", calendarName);
    for (Consultation c : consultations) {
      event(ical, c, publicUrl.apply(c), generatedAt);
    }
    return ical.end("VCALENDAR").toString();
  }

  private static void event(ICalendarWriter ical, Consultation c, URI url, Instant generatedAt) {
    ical.begin("VEVENT")
        .raw("UID", uid(c))
        .utc("DTSTAMP", c.updatedAt != null ? c.updatedAt : generatedAt)
        .utc("CREATED", c.createdAt)
        .utc("LAST-MODIFIED", c.updatedAt)
        .date("DTSTART", c.opensOn)
        .date("DTEND", c.closesOn.plusDays(1))
        .raw("SEQUENCE", Integer.toString(c.sequence))
        .raw("STATUS", c.status == ConsultationStatus.CANCELLED ? "CANCELLED" : "CONFIRMED")
        .raw("TRANSP", "TRANSPARENT")
        .text("SUMMARY", c.title)
        .text("DESCRIPTION", description(c))
        .raw("URL", url.toString())
        .texts("CATEGORIES", categories(c));
    if (c.contact != null) {
      ical.text("CONTACT", c.contact);
    }
    ical.end("VEVENT");
  }

  static Set<String> categories(Consultation c) {
    Set<String> categories = new LinkedHashSet<>();
    categories.add("Consultation");
    categories.addAll(c.methods);
    categories.addAll(c.audiences);
    return categories;
  }

  /** The human-readable text: summary, then the facts a participant needs. */
  static String description(Consultation c) {
    List<String> lines = new ArrayList<>();
    lines.add(c.summary);
    lines.add("");
    lines.add("Status: " + c.status);
    if (c.status == ConsultationStatus.CANCELLED) {
      lines.add("Cancelled on " + c.cancelledOn + ": " + c.cancellationReason);
    }
    lines.add("Audiences: " + String.join(", ", c.audiences));
    lines.add("Methods: " + String.join(", ", c.methods));
    lines.add("Views sought: " + viewsSought(c));
    String unit = c.leadInDayCount == DayCount.WORKING ? " working days" : " days";
    lines.add(
        c.leadInRuleMet
            ? "Lead-in: " + c.leadInDays + unit + " (12-week rule met)"
            : "Lead-in: "
                + c.leadInDays
                + unit
                + ", under "
                + c.leadInRequiredDays
                + ": "
                + c.shortLeadInReason);
    if (c.plannedResultsOn != null) {
      lines.add("Results planned: " + c.plannedResultsOn);
    }
    if (c.contact != null) {
      lines.add("Contact: " + c.contact);
    }
    for (ConsultationLink link : c.links) {
      lines.add(link.title() + ": " + link.url());
    }
    return String.join("\n", lines);
  }

  private static String viewsSought(Consultation c) {
    if (c.representativeViews && c.directViews) {
      return "representative views and views direct from service users";
    }
    return c.representativeViews ? "representative views" : "views direct from service users";
  }
}
