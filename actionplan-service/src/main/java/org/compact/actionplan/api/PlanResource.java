package org.compact.actionplan.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.domain.PlanObjective;
import org.compact.actionplan.domain.PlanSection;
import org.compact.actionplan.domain.PlanStatus;
import org.compact.actionplan.service.ActionQueries;
import org.compact.actionplan.service.PlanService;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.PageRequest;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plans and their structure. compact-admin manages; the public reads PUBLISHED plans. */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanResource {
  @Inject PlanService plans;
  @Inject ActionQueries queries;
  @Inject IdempotentRequests idempotency;
  @Inject Caller caller;
  @Context UriInfo uriInfo;

  @POST
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Create a DRAFT plan (emits plan.created)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = PlanSummaryView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(
      responseCode = "422",
      description = "Period runs backwards, or Idempotency-Key reused with another body")
  public Response create(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "plan-2009-10-001")
          String idempotencyKey,
      @Valid @NotNull Requests.PlanRequest request) {
    return idempotency.create(
        idempotencyKey,
        "POST /plans",
        request,
        () -> {
          Plan plan = plans.create(request.title(), request.period(), request.adoptedOn());
          return Response.created(planUri(plan.id))
              .tag(ETags.of(plan.version))
              .entity(PlanSummaryView.of(plan))
              .build();
        });
  }

  @GET
  @PermitAll
  @Operation(summary = "List plans (the public sees PUBLISHED plans only)")
  @APIResponse(
      responseCode = "200",
      description = "A page of plans, with Link headers",
      content = @Content(schema = @Schema(implementation = PlanSummaryPage.class)))
  @APIResponse(responseCode = "400", description = "Bad paging or filter parameter")
  @APIResponse(responseCode = "401", description = "Invalid token")
  public Response list(
      @QueryParam("status") @Parameter(description = "Filter by status", example = "PUBLISHED")
          PlanStatus status,
      @BeanParam PageParams paging) {
    PageRequest page = paging.toRequest(List.of("createdAt", "title"));
    List<PlanStatus> visible =
        Visibility.planStatuses(caller).stream()
            .filter(s -> status == null || s == status)
            .toList();
    List<Plan> all = visible.isEmpty() ? List.of() : plans.list(visible);
    java.util.Comparator<Plan> order =
        "title".equals(page.sortField())
            ? java.util.Comparator.comparing((Plan p) -> p.title.toLowerCase(java.util.Locale.ROOT))
            : java.util.Comparator.comparing((Plan p) -> p.createdAt);
    if (page.descending()) {
      order = order.reversed();
    }
    List<PlanSummaryView> items =
        all.stream()
            .sorted(order)
            .skip(page.offset())
            .limit(page.size())
            .map(PlanSummaryView::of)
            .toList();
    return Pages.ok(Page.of(items, page, all.size()), uriInfo);
  }

  @GET
  @Path("/{planId}")
  @PermitAll
  @Operation(summary = "Get a plan with its sections, objectives and actions, in order")
  @APIResponse(
      responseCode = "200",
      description = "The plan; ETag is its version",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or not PUBLISHED and the caller is not compact-admin")
  public Response get(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f")
          UUID planId) {
    Plan plan = visiblePlan(planId);
    return ETags.ok(PlanView.of(plans.tree(plan), queries, caller.isAdmin()), plan.version).build();
  }

  @PUT
  @Path("/{planId}")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Change a plan's title, period or adoption date (If-Match required)")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = PlanSummaryView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "422", description = "Period runs backwards")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response update(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch,
      @Valid @NotNull Requests.PlanRequest request) {
    Plan plan =
        plans.describe(planId, ifMatch, request.title(), request.period(), request.adoptedOn());
    return ETags.ok(PlanSummaryView.of(plan), plan.version).build();
  }

  @POST
  @Path("/{planId}/publish")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Publish a DRAFT plan: it becomes public (emits plan.published)")
  @APIResponse(
      responseCode = "200",
      description = "Published",
      content = @Content(schema = @Schema(implementation = PlanSummaryView.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "409", description = "Not a DRAFT")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "422", description = "The plan has no actions")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response publish(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"3\"") String ifMatch) {
    Plan plan = plans.publish(planId, ifMatch);
    return ETags.ok(PlanSummaryView.of(plan), plan.version).build();
  }

  @POST
  @Path("/{planId}/archive")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Archive a plan: no longer public, read-only")
  @APIResponse(
      responseCode = "200",
      description = "Archived",
      content = @Content(schema = @Schema(implementation = PlanSummaryView.class)))
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "409", description = "Already ARCHIVED")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response archive(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"4\"") String ifMatch) {
    Plan plan = plans.archive(planId, ifMatch);
    return ETags.ok(PlanSummaryView.of(plan), plan.version).build();
  }

  @POST
  @Path("/{planId}/sections")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Add a section at the end of the plan")
  @APIResponse(
      responseCode = "201",
      description = "Added; ETag is the plan's new version",
      content = @Content(schema = @Schema(implementation = PlanView.SectionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response addSection(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "section-001")
          String idempotencyKey,
      @Valid @NotNull Requests.SectionRequest request) {
    return idempotency.create(
        idempotencyKey,
        "POST /plans/" + planId + "/sections",
        request,
        () -> {
          PlanSection section = plans.addSection(planId, request.title());
          long version = plans.find(planId).orElseThrow().version;
          return Response.created(planUri(planId))
              .tag(ETags.of(version))
              .entity(
                  new PlanView.SectionView(section.id, section.position, section.title, List.of()))
              .build();
        });
  }

  @PUT
  @Path("/{planId}/sections/{sectionId}")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Rename a section (If-Match: the plan's ETag)")
  @APIResponse(
      responseCode = "200",
      description = "Renamed; ETag is the plan's new version",
      content = @Content(schema = @Schema(implementation = PlanView.SectionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan or section")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response renameSection(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @PathParam("sectionId") @Parameter(example = "1b4e28ba-2fa1-41d2-883f-0016d3cca427")
          UUID sectionId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch,
      @Valid @NotNull Requests.SectionRequest request) {
    PlanSection section = plans.renameSection(planId, sectionId, ifMatch, request.title());
    long version = plans.find(planId).orElseThrow().version;
    return ETags.ok(
            new PlanView.SectionView(section.id, section.position, section.title, List.of()),
            version)
        .build();
  }

  @POST
  @Path("/{planId}/sections/{sectionId}/objectives")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Add an objective (aim) at the end of a section")
  @APIResponse(
      responseCode = "201",
      description = "Added; ETag is the plan's new version",
      content = @Content(schema = @Schema(implementation = PlanView.ObjectiveView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan or section")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response addObjective(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @PathParam("sectionId") @Parameter(example = "1b4e28ba-2fa1-41d2-883f-0016d3cca427")
          UUID sectionId,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "objective-001")
          String idempotencyKey,
      @Valid @NotNull Requests.ObjectiveRequest request) {
    return idempotency.create(
        idempotencyKey,
        "POST /plans/" + planId + "/sections/" + sectionId + "/objectives",
        request,
        () -> {
          PlanObjective objective = plans.addObjective(planId, sectionId, request.text());
          long version = plans.find(planId).orElseThrow().version;
          return Response.created(planUri(planId))
              .tag(ETags.of(version))
              .entity(
                  new PlanView.ObjectiveView(
                      objective.id, objective.position, objective.text, List.of()))
              .build();
        });
  }

  @PUT
  @Path("/{planId}/objectives/{objectiveId}")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Change an objective's text (If-Match: the plan's ETag)")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the plan's new version",
      content = @Content(schema = @Schema(implementation = PlanView.ObjectiveView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan or objective")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response editObjective(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @PathParam("objectiveId") @Parameter(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
          UUID objectiveId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"2\"") String ifMatch,
      @Valid @NotNull Requests.ObjectiveRequest request) {
    PlanObjective objective = plans.editObjective(planId, objectiveId, ifMatch, request.text());
    long version = plans.find(planId).orElseThrow().version;
    return ETags.ok(
            new PlanView.ObjectiveView(objective.id, objective.position, objective.text, List.of()),
            version)
        .build();
  }

  @POST
  @Path("/{planId}/objectives/{objectiveId}/actions")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Add an action at the end of an objective (emits action.created)")
  @APIResponse(
      responseCode = "201",
      description = "Added; ETag is the action's version",
      content = @Content(schema = @Schema(implementation = ActionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such plan or objective")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response addAction(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @PathParam("objectiveId") @Parameter(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
          UUID objectiveId,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "action-001")
          String idempotencyKey,
      @Valid @NotNull Requests.ActionRequest request) {
    return idempotency.create(
        idempotencyKey,
        "POST /plans/" + planId + "/objectives/" + objectiveId + "/actions",
        request,
        () -> {
          PlanAction action = plans.addAction(planId, objectiveId, request.content());
          Plan plan = plans.find(planId).orElseThrow();
          return Response.created(URI.create("/actions/" + action.id))
              .tag(ETags.of(action.version))
              .entity(ActionView.of(queries.row(action, plan), null, true))
              .build();
        });
  }

  @GET
  @Path("/{planId}/actions")
  @PermitAll
  @Operation(
      summary = "List a plan's actions with filters (status, priority, lead, overdue, due dates)")
  @APIResponse(
      responseCode = "200",
      description = "A page of actions, with Link headers",
      content = @Content(schema = @Schema(implementation = ActionResource.ActionPage.class)))
  @APIResponse(responseCode = "400", description = "Bad paging or filter parameter")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
  public Response actions(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @BeanParam ActionResource.ActionFilterParams filter) {
    visiblePlan(planId);
    return ActionResource.listResponse(queries, plans, caller, filter, planId, uriInfo);
  }

  @GET
  @Path("/{planId}/export")
  @PermitAll
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @Operation(summary = "Export a plan as CSV or XLSX (re-importable)")
  @APIResponse(responseCode = "200", description = "The file, as an attachment")
  @APIResponse(responseCode = "400", description = "Unknown format")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
  public Response export(
      @PathParam("planId") @Parameter(example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") UUID planId,
      @QueryParam("format")
          @DefaultValue("csv")
          @Parameter(description = "csv or xlsx", example = "xlsx")
          String format) {
    Plan plan = visiblePlan(planId);
    var tableFormat =
        org.compact.actionplan.domain.table.TableFormat.of(format)
            .filter(f -> f != org.compact.actionplan.domain.table.TableFormat.TSV)
            .orElseThrow(() -> ProblemException.badRequest("format must be csv or xlsx"));
    byte[] file =
        org.compact.actionplan.domain.table.PlanTableExporter.export(
            PlanDrafts.of(plans.tree(plan)), tableFormat);
    return Response.ok(file, tableFormat.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"plan-" + plan.id + "." + tableFormat.extension() + "\"")
        .build();
  }

  private Plan visiblePlan(UUID planId) {
    return plans
        .find(planId)
        .filter(p -> Visibility.canSee(caller, p))
        .orElseThrow(() -> ProblemException.notFound("Plan", planId));
  }

  private URI planUri(UUID planId) {
    return uriInfo.getBaseUriBuilder().path("plans").path(planId.toString()).build();
  }

  /** For the OpenAPI document: the list envelope of plans. */
  @Schema(name = "PlanSummaryPage")
  public record PlanSummaryPage(
      List<PlanSummaryView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "4") long total) {}
}
