package org.compact.consultation.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.ConsultationResult;
import org.compact.consultation.service.ConsultationService;
import org.compact.consultation.service.ResultService;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/consultations/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class ResultResource {
  @Inject ResultService results;
  @Inject ConsultationService consultations;
  @Inject ConsultationAccess access;
  @Inject IdempotentRequests idempotency;

  @POST
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.COUNCIL_SYSTEM})
  @Operation(
      summary = "Push a result of a closed consultation",
      description =
          "The owner's council system (org_id = ownerId) or compact-admin. Idempotent by"
              + " externalRef: 201 when stored, 200 with the stored result when the same body comes"
              + " again (nothing changes, no event), 409 when the ref comes with another body. The"
              + " first result moves CLOSED to RESULTS_PUBLISHED; every new result emits"
              + " consultation.results-published.")
  @APIResponse(
      responseCode = "201",
      description = "Stored",
      content = @Content(schema = @Schema(implementation = ResultView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The same result was pushed before: returned unchanged",
      content = @Content(schema = @Schema(implementation = ResultView.class)))
  @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = "Neither council-system nor compact-admin")
  @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "Not closed yet (or cancelled), or externalRef already used with another body")
  @APIResponse(
      responseCode = "422",
      description =
          "publishedOn in the future or before opensOn, or Idempotency-Key reused with another body")
  public Response push(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(
              description = "Optional; externalRef already makes pushes idempotent",
              example = "push-2009-014-1")
          String idempotencyKey,
      @Valid @NotNull ResultRequest request,
      @Context UriInfo uriInfo) {
    return idempotency.create(
        idempotencyKey,
        "POST /consultations/" + id + "/results",
        request,
        () -> {
          ResultService.Pushed pushed =
              results.push(
                  id,
                  request.externalRef(),
                  request.content(),
                  access.subject(),
                  access.pushResults());
          ResultView view = ResultView.of(pushed.result());
          if (!pushed.created()) {
            return Response.ok(view).build();
          }
          return Response.created(
                  uriInfo.getAbsolutePathBuilder().path(pushed.result().id.toString()).build())
              .entity(view)
              .build();
        });
  }

  @GET
  @PermitAll
  @Operation(summary = "List a consultation's published results (public)")
  @APIResponse(
      responseCode = "200",
      description = "The results, by publication date",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ResultView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "A token was sent and is invalid")
  @APIResponse(responseCode = "404", description = "No such consultation")
  public List<ResultView> list(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id) {
    consultations.find(id).orElseThrow(() -> ProblemException.notFound("Consultation", id));
    return results.results(id).stream().map(ResultView::of).toList();
  }

  @GET
  @Path("/{resultId}")
  @PermitAll
  @Operation(summary = "Get one published result (public)")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      content = @Content(schema = @Schema(implementation = ResultView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "A token was sent and is invalid")
  @APIResponse(responseCode = "404", description = "No such result of this consultation")
  public ResultView get(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
      @PathParam("resultId") @Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
          UUID resultId) {
    ConsultationResult result = ConsultationResult.findById(resultId);
    if (result == null || !result.consultationId.equals(id)) {
      throw ProblemException.notFound("Result", resultId);
    }
    return ResultView.of(result);
  }
}
