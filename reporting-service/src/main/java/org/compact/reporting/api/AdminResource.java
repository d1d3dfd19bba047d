package org.compact.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Roles;
import org.compact.reporting.events.ConsumerState;
import org.compact.reporting.events.ReadModelConsumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the read model: its consumer's state and a full rebuild from the topics. */
@Path("/admin/read-model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMPACT_ADMIN)
@Tag(name = "Read model administration")
public class AdminResource {
  @Inject ReadModelConsumer consumer;

  @GET
  @Operation(summary = "Where the read-model consumer stands (lag, counts, rebuild)")
  @APIResponse(
      responseCode = "200",
      description = "The consumer's state",
      content = @Content(schema = @Schema(implementation = ConsumerState.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  public ConsumerState state() {
    return consumer.state();
  }

  @POST
  @Path("/rebuild")
  @Operation(
      summary = "Drop the read model and replay every topic from the beginning",
      description =
          "The drop happens at once; the replay runs in the background (readiness is down until it"
              + " has caught up; poll GET /admin/read-model until rebuilding is false). Agreed and"
              + " published reports keep their frozen figures; good-practice examples are kept.")
  @APIResponse(
      responseCode = "202",
      description = "Dropped; replaying",
      content = @Content(schema = @Schema(implementation = ConsumerState.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(
      responseCode = "409",
      description = "The consumer is busy (e.g. waiting for the database); try again")
  public Response rebuild() {
    if (!consumer.rebuild()) {
      throw ProblemException.conflict(
          "The consumer did not reach a batch boundary in time; try again");
    }
    return Response.accepted(consumer.state()).build();
  }
}
