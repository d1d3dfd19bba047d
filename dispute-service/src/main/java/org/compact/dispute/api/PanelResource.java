package org.compact.dispute.api;

import static org.compact.dispute.api.ProblemResponses.BAD_REQUEST;
import static org.compact.dispute.api.ProblemResponses.CONFLICT;
import static org.compact.dispute.api.ProblemResponses.FORBIDDEN;
import static org.compact.dispute.api.ProblemResponses.NOT_FOUND;
import static org.compact.dispute.api.ProblemResponses.PRECONDITION_FAILED;
import static org.compact.dispute.api.ProblemResponses.PRECONDITION_REQUIRED;
import static org.compact.dispute.api.ProblemResponses.RULE_VIOLATION;
import static org.compact.dispute.api.ProblemResponses.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.compact.dispute.domain.DeclaredConflict;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.service.CaseSnapshots;
import org.compact.dispute.service.Commands;
import org.compact.dispute.service.PanelService;
import org.compact.platform.http.ETags;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CCRG panel of a case: appointment, chair, relatedness, hearings. */
@Path("/disputes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels and hearings")
public class PanelResource {
  @Inject PanelService panels;
  @Inject CaseSnapshots snapshots;
  @Inject IdempotentRequests idempotency;

  private Response view(Dispute d) {
    return view(d.id);
  }

  private Response view(UUID id) {
    var snapshot = snapshots.of(id);
    return ETags.ok(DisputeViews.of(snapshot), snapshot.dispute().version).build();
  }

  @POST
  @Path("/declared-conflicts")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Record a roster member's declared conflict of interest in this case",
      description = "A member with a declared conflict cannot be appointed to the case's panel.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = DisputeView.ConflictView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  public Response declareConflict(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "conflict-001") String key,
      @Valid @NotNull Requests.Conflict request) {
    return idempotency.create(
        key,
        "POST /disputes/" + id + "/declared-conflicts",
        request,
        () -> {
          DeclaredConflict c = panels.declareConflict(id, request.memberId(), request.reason());
          return Response.status(Response.Status.CREATED)
              .entity(new DisputeView.ConflictView(c.id, c.rosterMemberId, c.reason, c.declaredOn))
              .build();
        });
  }

  @PUT
  @Path("/panel")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Appoint the panel (convene it)",
      description =
          "From the CCRG roster of the review year containing R; exactly the configured number of"
              + " members from each panel sector (422); nobody from a party's organisation or with a"
              + " declared conflict (409 naming the rule and the member).")
  @APIResponse(
      responseCode = "200",
      description = "Convened",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response appoint(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"3\"") String ifMatch,
      @Valid @NotNull Requests.AppointPanel request) {
    return view(
        panels.appoint(
            id, ifMatch, new Commands.Appoint(request.memberIds(), request.convenedOn())));
  }

  @PUT
  @Path("/panel/chair")
  @RolesAllowed(Roles.CCRG_MEMBER)
  @Operation(summary = "The panel picks its chair from among its members")
  @APIResponse(
      responseCode = "200",
      description = "Chair chosen",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response chooseChair(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"4\"") String ifMatch,
      @Valid @NotNull Requests.Chair request) {
    return view(panels.chooseChair(id, ifMatch, request.memberId()));
  }

  @POST
  @Path("/relatedness")
  @RolesAllowed(Roles.CCRG_MEMBER)
  @Operation(
      summary = "The panel decides whether the complaint is Compact related",
      description =
          "NOT_COMPACT_RELATED closes the case; its report to the steering group is required.")
  @APIResponse(
      responseCode = "200",
      description = "Decided",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response decide(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"5\"") String ifMatch,
      @Valid @NotNull Requests.Decide request) {
    return view(
        panels.decideRelatedness(
            id,
            ifMatch,
            new Commands.Decide(request.decision(), request.decidedOn(), request.report())));
  }

  @POST
  @Path("/hearings")
  @RolesAllowed(Roles.CCRG_MEMBER)
  @Operation(
      summary = "Schedule the hearing (or a further meeting)",
      description =
          "The first sitting is the hearing the deadline R+56 applies to: a date after the deadline"
              + " day needs a lateReason (422 without). Later sittings are further meetings.")
  @APIResponse(
      responseCode = "200",
      description = "Scheduled",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response schedule(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"6\"") String ifMatch,
      @Valid @NotNull Requests.Schedule request) {
    panels.schedule(id, ifMatch, new Commands.Schedule(request.hearingOn(), request.lateReason()));
    return view(id);
  }

  @POST
  @Path("/hearings/{hearingId}/held")
  @RolesAllowed(Roles.CCRG_MEMBER)
  @Operation(summary = "Record that a hearing or further meeting was held")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response held(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @PathParam("hearingId") @Parameter(example = "8d4a6f13-2b7c-4e95-a1d0-5f3e9c2b7a64")
          UUID hearingId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"7\"") String ifMatch,
      @Valid @NotNull Requests.Held request) {
    panels.recordHeld(id, hearingId, ifMatch, request.heldOn());
    return view(id);
  }

  @PUT
  @Path("/hearings/{hearingId}/representatives")
  @RolesAllowed({Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "Nominate a party's representatives for a hearing",
      description =
          "At most 2 per party, at most one from a supporting organisation (422). A party nominates"
              + " its own; the panel may record any party's.")
  @APIResponse(
      responseCode = "200",
      description = "Nominated",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response nominate(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @PathParam("hearingId") @Parameter(example = "8d4a6f13-2b7c-4e95-a1d0-5f3e9c2b7a64")
          UUID hearingId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"7\"") String ifMatch,
      @Valid @NotNull Requests.Representatives request) {
    panels.nominate(id, hearingId, ifMatch, request.toCommand());
    return view(id);
  }
}
