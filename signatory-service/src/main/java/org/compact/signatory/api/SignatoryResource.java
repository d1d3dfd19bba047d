package org.compact.signatory.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.compact.platform.http.ETags;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.service.SignatoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/signatories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signatories")
public class SignatoryResource {
  @Inject SignatoryService signatories;
  @Inject IdempotentRequests idempotency;
  @Inject Caller caller;

  @POST
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Register an organisation as PROSPECT")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed or invalid",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not compact-admin",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "Unknown sector, or Idempotency-Key reused with another body",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response register(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "3f1c2b9e-reg-001")
          String idempotencyKey,
      @Valid @NotNull RegisterOrganisationRequest request,
      @jakarta.ws.rs.core.Context UriInfo uriInfo) {
    return idempotency.create(
        idempotencyKey,
        "POST /signatories",
        request,
        () -> {
          Organisation organisation =
              signatories.register(
                  request.name(), request.sector(), request.kind(), request.area());
          return Response.created(
                  uriInfo.getAbsolutePathBuilder().path(organisation.id.toString()).build())
              .tag(ETags.of(organisation.version))
              .entity(OrganisationView.of(organisation))
              .build();
        });
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(summary = "Get an organisation (the public sees signed organisations only)")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "Invalid token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "Not found or not visible to the caller",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(@PathParam("id") UUID id) {
    Organisation organisation =
        signatories
            .find(id)
            .filter(o -> o.isPublic() || caller.isAdmin() || caller.belongsTo(o.id))
            .orElseThrow(() -> ProblemException.notFound("Organisation", id));
    return ETags.ok(OrganisationView.of(organisation), organisation.version).build();
  }
}
