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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.service.CaseSnapshots;
import org.compact.dispute.service.ClockService;
import org.compact.platform.http.ETags;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Stop the clock" on a case's deadlines. */
@Path("/disputes/{id}/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes")
public class ClockResource {
  @Inject ClockService clock;
  @Inject CaseSnapshots snapshots;

  @POST
  @Path("/stop")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "Stop the case's clock",
      description =
          "compact-admin or the case's panel pauses the open deadlines with a reason (422"
              + " without). From today until the day before it resumes, no day counts: while"
              + " stopped each open deadline's dueOn moves on a day each day. 409 when the clock is"
              + " already stopped, the case is closed or no deadline is running; parties get 403.")
  @APIResponse(
      responseCode = "200",
      description = "Stopped; the case with its clock and deadlines",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response stop(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = DisputeResource.IF_MATCH_EXAMPLE)
          String ifMatch,
      @Valid @NotNull Requests.StopClock request) {
    return view(clock.stop(id, ifMatch, request.reason()));
  }

  @POST
  @Path("/resume")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "Resume the case's clock",
      description =
          "compact-admin or the case's panel restarts the clock (today counts again), with an"
              + " optional note. The deadlines are extended by the days it was stopped. 409 when it"
              + " is not stopped; parties get 403.")
  @APIResponse(
      responseCode = "200",
      description = "Resumed; the case with its clock and deadlines",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response resume(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = DisputeResource.IF_MATCH_EXAMPLE)
          String ifMatch,
      @Valid @NotNull Requests.ResumeClock request) {
    return view(clock.resume(id, ifMatch, request.note()));
  }

  private Response view(Dispute d) {
    var snapshot = snapshots.of(d.id);
    return ETags.ok(DisputeViews.of(snapshot), snapshot.dispute().version).build();
  }
}
