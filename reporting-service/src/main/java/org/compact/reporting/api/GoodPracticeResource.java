package org.compact.reporting.api;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.compact.platform.http.ETags;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;
import org.compact.reporting.domain.GoodPractice;
import org.compact.reporting.domain.GoodPracticeStatus;
import org.compact.reporting.service.GoodPracticeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Good practice (seeds 000, 002): partners submit examples of the Compact working well;
 * compact-admin approves or rejects them; only approved ones are public and go into reports.
 */
@Path("/good-practice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Good practice")
public class GoodPracticeResource {
  @Inject GoodPracticeService examples;
  @Inject IdempotentRequests idempotency;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PARTNER)
  @Operation(summary = "Submit an example of good practice for your organisation")
  @APIResponse(
      responseCode = "201",
      description = "Submitted (status SUBMITTED)",
      content = @Content(schema = @Schema(implementation = GoodPracticeView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a partner, or the token has no org_id")
  @APIResponse(
      responseCode = "422",
      description = "occurredOn in the future, or Idempotency-Key reused with another body")
  public Response submit(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "gp-2024-001")
          String idempotencyKey,
      @Valid @NotNull SubmitGoodPracticeRequest request,
      @Context UriInfo uriInfo) {
    UUID organisationId = caller.requireOrgId();
    return idempotency.create(
        idempotencyKey,
        "POST /good-practice",
        request,
        () -> {
          GoodPractice example =
              examples.submit(
                  organisationId,
                  request.title(),
                  request.description(),
                  request.occurredOn(),
                  caller.subject());
          return Response.created(
                  uriInfo.getAbsolutePathBuilder().path(example.id.toString()).build())
              .tag(ETags.of(example.version))
              .entity(GoodPracticeView.of(example, true))
              .build();
        });
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List good-practice examples",
      description =
          "The public sees approved examples; a partner also its own organisation's; compact-admin"
              + " sees all and may filter by status.")
  @APIResponse(
      responseCode = "200",
      description = "A page of examples",
      content = @Content(schema = @Schema(implementation = GoodPracticePage.class)))
  @APIResponse(responseCode = "400", description = "Bad paging parameter or status")
  @APIResponse(responseCode = "401", description = "Invalid token")
  public Response list(
      @BeanParam PageParams paging,
      @QueryParam("status")
          @Parameter(description = "SUBMITTED, APPROVED or REJECTED", example = "SUBMITTED")
          String status,
      @Context UriInfo uriInfo) {
    var request = paging.toRequest(List.of("occurredOn", "submittedAt", "title"));
    var page = examples.list(viewer(), parseStatus(status), request);
    boolean admin = caller.isAdmin();
    return Pages.ok(
        page.map(e -> GoodPracticeView.of(e, admin || caller.belongsTo(e.organisationId))),
        uriInfo);
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(summary = "Get a good-practice example")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag = version",
      content = @Content(schema = @Schema(implementation = GoodPracticeView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(responseCode = "404", description = "Not found or not visible to the caller")
  public Response get(
      @PathParam("id") @Parameter(example = "6f1c2b9e-3d4a-4f7e-9a51-1c2d3e4f5a6b") UUID id) {
    GoodPractice example =
        examples
            .find(id, viewer())
            .orElseThrow(() -> ProblemException.notFound("Good-practice example", id));
    return ETags.ok(
            GoodPracticeView.of(
                example, caller.isAdmin() || caller.belongsTo(example.organisationId)),
            example.version)
        .build();
  }

  @POST
  @Path("/{id}/approve")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Approve an example for the annual report (needs If-Match)")
  @APIResponse(
      responseCode = "200",
      description = "Approved",
      content = @Content(schema = @Schema(implementation = GoodPracticeView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such example")
  @APIResponse(responseCode = "409", description = "Already approved or rejected")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response approve(
      @PathParam("id") @Parameter(example = "6f1c2b9e-3d4a-4f7e-9a51-1c2d3e4f5a6b") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch) {
    GoodPractice example =
        examples.curate(id, GoodPracticeStatus.APPROVED, null, ifMatch, caller.subject());
    return ETags.ok(GoodPracticeView.of(example, true), example.version).build();
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Reject an example with a reason (needs If-Match)")
  @APIResponse(
      responseCode = "200",
      description = "Rejected",
      content = @Content(schema = @Schema(implementation = GoodPracticeView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id or body")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such example")
  @APIResponse(responseCode = "409", description = "Already approved or rejected")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "422", description = "No reason given")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response reject(
      @PathParam("id") @Parameter(example = "6f1c2b9e-3d4a-4f7e-9a51-1c2d3e4f5a6b") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch,
      @Valid @NotNull RejectGoodPracticeRequest request) {
    GoodPractice example =
        examples.curate(
            id, GoodPracticeStatus.REJECTED, request.reason(), ifMatch, caller.subject());
    return ETags.ok(GoodPracticeView.of(example, true), example.version).build();
  }

  private GoodPracticeService.Viewer viewer() {
    return new GoodPracticeService.Viewer(
        caller.isAdmin(), caller.hasRole(Roles.PARTNER) ? caller.orgId().orElse(null) : null);
  }

  private static GoodPracticeStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return GoodPracticeStatus.valueOf(status.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "Invalid status",
          List.of(
              new Problem.Violation(
                  "status", "must be one of " + Arrays.toString(GoodPracticeStatus.values()))));
    }
  }

  /** OpenAPI shape of the list envelope. */
  @Schema(name = "GoodPracticePage")
  public record GoodPracticePage(
      List<GoodPracticeView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "1") long total) {}
}
