package org.compact.consultation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.service.CalendarQueries;
import org.compact.consultation.service.ConsultationService;
import org.compact.platform.calendar.Calendars;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations")
public class ConsultationResource {
  @Inject Calendars calendars;
  @Inject ConsultationService consultations;
  @Inject CalendarQueries calendar;
  @Inject ConsultationAccess access;
  @Inject IdempotentRequests idempotency;

  /** The list envelope, named for the OpenAPI document. */
  @Schema(name = "ConsultationPage")
  public record ConsultationPage(
      java.util.List<ConsultationView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "42") long total) {}

  @POST
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Schedule a consultation",
      description =
          "compact-admin for any organisation, a partner for its own. Starts PLANNED; dates"
              + " already past move it on at once (historic consultations are entered as CLOSED).")
  @APIResponse(
      responseCode = "201",
      description = "Scheduled",
      headers = {
        @Header(
            name = "ETag",
            description = "The version",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = ConsultationView.class)))
  @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      description = "Not compact-admin, or a partner scheduling for another organisation")
  @APIResponse(
      responseCode = "422",
      description =
          "Lead-in under 84 days without shortLeadInReason (the problem names the rule and the days), closesOn before opensOn, no views sought, or Idempotency-Key reused with another body")
  public Response schedule(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "sddc-cal-2009-001")
          String idempotencyKey,
      @Valid @NotNull ConsultationRequest request,
      @Context UriInfo uriInfo) {
    access.requireMaySchedule(request.ownerId());
    return idempotency.create(
        idempotencyKey,
        "POST /consultations",
        request,
        () -> {
          Consultation c =
              consultations.schedule(request.ownerId(), request.toPlan(), access.subject());
          return Response.created(uriInfo.getAbsolutePathBuilder().path(c.id.toString()).build())
              .tag(ETags.of(c.version))
              .entity(view(c))
              .build();
        });
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List the public calendar",
      description =
          "Every consultation, PLANNED ones included, with filters; sorted by opensOn unless"
              + " sort says otherwise. No token needed.")
  @APIResponse(
      responseCode = "200",
      description = "A page of consultations; Link headers for first/last/next/prev",
      content = @Content(schema = @Schema(implementation = ConsultationPage.class)))
  @APIResponse(responseCode = "400", description = "Bad filter or paging parameter")
  @APIResponse(responseCode = "401", description = "A token was sent and is invalid")
  public Response list(
      @BeanParam CalendarParams filter, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
    Page<ConsultationView> page =
        calendar
            .page(filter.toFilter(), paging.toRequest(CalendarQueries.SORT_FIELDS))
            .map(this::view);
    return Pages.ok(page, uriInfo);
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(summary = "Get a consultation (public)")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ConsultationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "A token was sent and is invalid")
  @APIResponse(responseCode = "404", description = "No such consultation")
  public Response get(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id) {
    Consultation c =
        calendar.one(id).orElseThrow(() -> ProblemException.notFound("Consultation", id));
    return ETags.ok(view(c), c.version).build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Revise a PLANNED or OPEN consultation",
      description = "compact-admin, or a partner of the owner. Emits consultation.updated.")
  @APIResponse(
      responseCode = "200",
      description = "Revised",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ConsultationView.class)))
  @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "Not compact-admin or a partner of the owner")
  @APIResponse(responseCode = "404", description = "No such consultation")
  @APIResponse(
      responseCode = "409",
      description = "Closed, cancelled, or an OPEN consultation's opensOn changed")
  @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
  @APIResponse(
      responseCode = "422",
      description = "Lead-in rule broken without a reason, dates out of order, no views sought")
  @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
  public Response revise(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "Current ETag", example = "\"3\"")
          String ifMatch,
      @Valid @NotNull ConsultationRevision revision) {
    Consultation c = consultations.revise(id, ifMatch, revision.toPlan(), access.manage());
    return ETags.ok(view(c), c.version).build();
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Cancel a PLANNED or OPEN consultation",
      description =
          "compact-admin, or a partner of the owner; a reason is required. It stays on the"
              + " calendar (the iCalendar feed sends STATUS:CANCELLED).")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ConsultationView.class)))
  @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "Not compact-admin or a partner of the owner")
  @APIResponse(responseCode = "404", description = "No such consultation")
  @APIResponse(responseCode = "409", description = "Already closed or cancelled")
  @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "No reason given")
  @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
  public Response cancel(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "Current ETag", example = "\"3\"")
          String ifMatch,
      @Valid @NotNull CancelRequest request) {
    Consultation c = consultations.cancel(id, ifMatch, request.reason(), access.manage());
    return ETags.ok(view(c), c.version).build();
  }

  @POST
  @Path("/{id}/outcome")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.COUNCIL_SYSTEM})
  @Operation(
      summary = "Publish the outcome (\"you said, we did\")",
      description =
          "What was heard, what was decided and how participants were told; moves"
              + " RESULTS_PUBLISHED to OUTCOME_PUBLISHED. compact-admin, a partner of the owner or"
              + " the owner's council system.")
  @APIResponse(
      responseCode = "200",
      description = "Published",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ConsultationView.class)))
  @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      description = "A partner of another organisation, or another role")
  @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "Not RESULTS_PUBLISHED (no results yet, or outcome already published)")
  @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", description = "publishedOn in the future or before opensOn")
  @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
  public Response publishOutcome(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "Current ETag", example = "\"5\"")
          String ifMatch,
      @Valid @NotNull OutcomeRequest request) {
    Consultation c =
        consultations.publishOutcome(id, ifMatch, request.toDomain(), access.reportBack());
    return ETags.ok(view(c), c.version).build();
  }

  private ConsultationView view(Consultation c) {
    return ConsultationView.of(c, calendars.calendar());
  }
}
