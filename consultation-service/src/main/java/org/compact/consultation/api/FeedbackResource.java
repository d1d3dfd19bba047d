package org.compact.consultation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.compact.consultation.domain.FeedbackRecord;
import org.compact.consultation.service.ConsultationService;
import org.compact.consultation.service.ResultService;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Give feedback to those who have been consulted": an append-only record per telling. */
@Path("/consultations/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackResource {
  @Inject ResultService results;
  @Inject ConsultationService consultations;
  @Inject ConsultationAccess access;

  @POST
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.COUNCIL_SYSTEM})
  @Operation(
      summary = "Record feedback given to those consulted",
      description =
          "An append (no If-Match): who was told (an audience, e.g. CITIZENS_PANEL), how, when"
              + " and what. Once the consultation has closed. compact-admin, a partner of the"
              + " owner or the owner's council system.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = FeedbackView.class)))
  @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      description = "A partner of another organisation, or another role")
  @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "The consultation has not closed (or was cancelled)")
  @APIResponse(responseCode = "422", description = "givenOn in the future or before opensOn")
  public Response record(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id,
      @Valid @NotNull FeedbackRequest request,
      @Context UriInfo uriInfo) {
    FeedbackRecord record =
        results.recordFeedback(
            id,
            request.givenOn(),
            request.audience(),
            request.channel(),
            request.summary(),
            request.reached(),
            access.subject(),
            access.reportBack());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(record.id.toString()).build())
        .entity(FeedbackView.of(record))
        .build();
  }

  @GET
  @PermitAll
  @Operation(summary = "List feedback given to those consulted (public)")
  @APIResponse(
      responseCode = "200",
      description = "Feedback records, by date",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FeedbackView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "A token was sent and is invalid")
  @APIResponse(responseCode = "404", description = "No such consultation")
  public List<FeedbackView> list(
      @PathParam("id") @Parameter(example = "0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d") UUID id) {
    consultations.find(id).orElseThrow(() -> ProblemException.notFound("Consultation", id));
    return results.feedback(id).stream().map(FeedbackView::of).toList();
  }
}
