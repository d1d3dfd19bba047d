package org.compact.platform.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves the service clock for system tests. Off unless {@code compact.time.travel-enabled=true}
 * (never in production); then 404 as if it did not exist.
 */
@Path("/admin/time")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMPACT_ADMIN)
public class TimeTravelResource {
  @Inject TimeSource time;

  @ConfigProperty(name = "compact.time.travel-enabled", defaultValue = "false")
  boolean enabled;

  public record TimeView(Instant now, String today) {}

  public record TimeShift(Duration offset) {}

  @GET
  @Operation(hidden = true)
  public TimeView get() {
    requireEnabled();
    return view();
  }

  @PUT
  @Operation(hidden = true)
  public TimeView shift(TimeShift shift) {
    requireEnabled();
    if (shift == null || shift.offset() == null) {
      throw ProblemException.badRequest("offset (ISO-8601 duration) is required");
    }
    time.shiftBy(shift.offset());
    return view();
  }

  @DELETE
  @Operation(hidden = true)
  public TimeView reset() {
    requireEnabled();
    time.reset();
    return view();
  }

  private TimeView view() {
    return new TimeView(time.now(), time.today().toString());
  }

  private void requireEnabled() {
    if (!enabled) {
      throw ProblemException.notFound("Resource", "/admin/time");
    }
  }
}
