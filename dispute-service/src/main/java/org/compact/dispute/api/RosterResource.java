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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.compact.dispute.domain.RosterMember;
import org.compact.dispute.service.RosterService;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.PageRequest;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.replica.SignatoryReplicas;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CCRG roster of each review year (agreed annually by the steering group). */
@Path("/ccrg/rosters/{reviewYear}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CCRG roster")
@RolesAllowed(Roles.COMPACT_ADMIN)
public class RosterResource {
  @Inject RosterService roster;
  @Inject SignatoryReplicas replica;
  @Inject IdempotentRequests idempotency;
  @Context UriInfo uriInfo;

  private OtherViews.RosterMemberView view(RosterMember m) {
    return OtherViews.RosterMemberView.of(m, replica.find(m.organisationId).orElse(null));
  }

  @POST
  @Operation(
      summary = "Add a member to the roster of a review year",
      description = "Linked to the person's token sub and organisation (whose sector is theirs).")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = OtherViews.RosterMemberView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  public Response add(
      @PathParam("reviewYear") @Min(1990) @Max(2200) @Parameter(example = "2025") int reviewYear,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "roster-2025-001") String key,
      @Valid @NotNull Requests.RosterMember request) {
    return idempotency.create(
        key,
        "POST /ccrg/rosters/" + reviewYear + "/members",
        request,
        () -> {
          RosterMember m = roster.add(reviewYear, request.toCommand());
          return Response.created(uriInfo.getAbsolutePathBuilder().path(m.id.toString()).build())
              .tag(ETags.of(m.version))
              .entity(view(m))
              .build();
        });
  }

  @GET
  @Operation(summary = "The roster of a review year")
  @APIResponse(
      responseCode = "200",
      description = "A page of members",
      content = @Content(schema = @Schema(implementation = RosterPage.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response list(
      @PathParam("reviewYear") @Min(1990) @Max(2200) @Parameter(example = "2025") int reviewYear,
      @BeanParam PageParams paging) {
    PageRequest request = paging.toRequest(List.of("subject"));
    long[] total = new long[1];
    List<OtherViews.RosterMemberView> items =
        roster.list(reviewYear, request.offset(), request.size(), total).stream()
            .map(this::view)
            .toList();
    return Pages.ok(Page.of(items, request, total[0]), uriInfo);
  }

  @GET
  @Path("/{memberId}")
  @Operation(summary = "One roster member")
  @APIResponse(
      responseCode = "200",
      description = "The member, with an ETag",
      content = @Content(schema = @Schema(implementation = OtherViews.RosterMemberView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response get(
      @PathParam("reviewYear") @Parameter(example = "2025") int reviewYear,
      @PathParam("memberId") @Parameter(example = "1e7b3c59-4a2d-4f86-b0c3-7d9e5a1f2b48")
          UUID memberId) {
    RosterMember m = roster.find(reviewYear, memberId);
    return ETags.ok(view(m), m.version).build();
  }

  @DELETE
  @Path("/{memberId}")
  @Operation(summary = "Remove a member who never sat on a panel")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response remove(
      @PathParam("reviewYear") @Parameter(example = "2025") int reviewYear,
      @PathParam("memberId") @Parameter(example = "1e7b3c59-4a2d-4f86-b0c3-7d9e5a1f2b48")
          UUID memberId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
    roster.remove(reviewYear, memberId, ifMatch);
    return Response.noContent().build();
  }

  @Schema(name = "RosterMemberPage")
  public record RosterPage(
      List<OtherViews.RosterMemberView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "1") long total) {}
}
