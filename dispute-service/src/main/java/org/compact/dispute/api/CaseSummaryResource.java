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
import jakarta.ws.rs.GET;
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
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.service.SummaryService;
import org.compact.platform.http.ETags;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The chair's anonymised summary of a case, and its approval for the annual report. */
@Path("/disputes/{id}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries")
public class CaseSummaryResource {
  @Inject SummaryService summaries;

  @GET
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "The case's anonymised summary",
      description =
          "The panel and compact-admin read drafts; the parties too where learning is not"
              + " confidential (Richmond) or once published.")
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      content = @Content(schema = @Schema(implementation = OtherViews.SummaryView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response get(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id) {
    Dispute d = summaries.read(id);
    return ETags.ok(OtherViews.SummaryView.of(d), d.version).build();
  }

  @PUT
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.CCRG_MEMBER})
  @Operation(
      summary = "Write the anonymised summary, lessons learned and recommendations",
      description =
          "The panel's chair writes it (compact-admin for a case that had no panel). It must not"
              + " name a party or a panel member (422).")
  @APIResponse(
      responseCode = "200",
      description = "Written",
      content = @Content(schema = @Schema(implementation = OtherViews.SummaryView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response write(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"9\"") String ifMatch,
      @Valid @NotNull Requests.Summary request) {
    Dispute d = summaries.write(id, ifMatch, request.toCommand());
    return ETags.ok(OtherViews.SummaryView.of(d), d.version).build();
  }

  @POST
  @Path("/approval")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Approve the summary: it is published for the annual report",
      description = "Once the case is closed. Emits dispute.summary-published.")
  @APIResponse(
      responseCode = "200",
      description = "Published",
      content = @Content(schema = @Schema(implementation = OtherViews.SummaryView.class)))
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response approve(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"10\"") String ifMatch) {
    Dispute d = summaries.approve(id, ifMatch);
    return ETags.ok(OtherViews.SummaryView.of(d), d.version).build();
  }
}
