package org.compact.consultation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compact.consultation.config.ConsultationConfig;
import org.compact.consultation.service.DemoConsultations;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Loads the seed-004 demo consultations for an owner (the local stack's South Derbyshire District
 * Council signatory). Off unless {@code compact.consultation.demo-data-enabled=true}; then 404 as
 * if it did not exist. Idempotent.
 */
@Path("/admin/demo-data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMPACT_ADMIN)
public class DemoDataResource {
  @Inject DemoConsultations demo;

  @Inject ConsultationConfig config;

  public record DemoRequest(@NotNull UUID ownerId) {}

  @POST
  @Operation(hidden = true)
  public DemoConsultations.Loaded load(@Valid @NotNull DemoRequest request) {
    if (!config.demoDataEnabled()) {
      throw ProblemException.notFound("Resource", "/admin/demo-data");
    }
    return demo.load(request.ownerId());
  }
}
