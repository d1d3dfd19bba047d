package org.compact.consultation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.compact.consultation.config.ConsultationConfig;
import org.compact.consultation.domain.CalendarFilter;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.service.CalendarQueries;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calendar as an iCalendar feed, per filter. No token needed. */
@Path("/calendar.ics")
@Tag(name = "Calendar")
public class CalendarFeedResource {
  @Inject CalendarQueries calendar;
  @Inject ConsultationConfig config;
  @Inject CompactConfig compact;
  @Inject TimeSource time;

  @GET
  @PermitAll
  @Produces(ConsultationFeed.MEDIA_TYPE)
  @Operation(
      summary = "iCalendar (RFC 5545) feed of the calendar",
      description =
          "Subscribe a calendar app to it; same filters as the list (month, from/to,"
              + " organisation, audience, method, status). One all-day event per consultation,"
              + " UID <id>@compact, SEQUENCE raised on every change, cancelled ones with"
              + " STATUS:CANCELLED.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content =
          @Content(
              mediaType = ConsultationFeed.MEDIA_TYPE,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      example =
                          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Compact//Consultation"
                              + " calendar 1.0//EN\r\n...\r\nEND:VCALENDAR\r\n")))
  @APIResponse(responseCode = "400", description = "Bad filter")
  @APIResponse(responseCode = "401", description = "A token was sent and is invalid")
  public Response feed(@BeanParam CalendarParams params, @Context UriInfo uriInfo) {
    CalendarFilter filter = params.toFilter();
    List<Consultation> consultations = calendar.all(filter, config.maxFeedEntries());
    String ics =
        ConsultationFeed.write(
            compact.name() + " consultations",
            consultations,
            c -> uriInfo.getBaseUriBuilder().path("consultations").path(c.id.toString()).build(),
            time.now());
    return Response.ok(ics, ConsultationFeed.MEDIA_TYPE + "; charset=utf-8").build();
  }
}
