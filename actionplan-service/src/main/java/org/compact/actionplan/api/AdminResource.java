package org.compact.actionplan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.compact.actionplan.service.OverdueSweep;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on demand that otherwise run on a schedule. */
@Path("/admin/overdue-sweep")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {
  @Inject OverdueSweep sweep;

  @Schema(name = "SweepResult")
  public record SweepResult(@Schema(example = "3") int emitted) {}

  @POST
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary =
          "Run the daily overdue sweep now (emits action.overdue once per action and due date)")
  @APIResponse(
      responseCode = "200",
      description = "How many action.overdue events were emitted",
      content = @Content(schema = @Schema(implementation = SweepResult.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  public SweepResult run() {
    return new SweepResult(sweep.sweep());
  }
}
