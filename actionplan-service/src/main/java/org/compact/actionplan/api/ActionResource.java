package org.compact.actionplan.api;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.actionplan.domain.ActionProgress;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.service.ActionFilter;
import org.compact.actionplan.service.ActionQueries;
import org.compact.actionplan.service.PlanService;
import org.compact.actionplan.service.ProgressService;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.PageRequest;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actions across plans, their edits and their progress notes. */
@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions")
public class ActionResource {
  @Inject PlanService plans;
  @Inject ActionQueries queries;
  @Inject ProgressService progress;
  @Inject IdempotentRequests idempotency;
  @Inject Caller caller;
  @Context UriInfo uriInfo;

  /** Filters shared by the action lists. */
  public static class ActionFilterParams extends PageParams {
    @QueryParam("status")
    @Parameter(description = "Status (repeatable)", example = "[\"IN_PROGRESS\"]")
    public List<ActionStatus> status;

    @QueryParam("priority")
    @Parameter(description = "Priority (repeatable)", example = "[\"HIGH\"]")
    public List<Priority> priority;

    @QueryParam("lead")
    @Parameter(
        description = "A lead signatory id, or text contained in the lead (case-insensitive)",
        example = "Policy Officer")
    public String lead;

    @QueryParam("overdue")
    @Parameter(
        description = "Only overdue (true) or only not overdue (false)",
        example = "true",
        schema =
            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
    public String overdue;

    /** Only true or false: Boolean.valueOf would silently read "maybe" as false. */
    Boolean overdueFilter() {
      if (overdue == null) {
        return null;
      }
      if (overdue.equals("true") || overdue.equals("false")) {
        return Boolean.valueOf(overdue);
      }
      throw ProblemException.badRequest(
          "Invalid query parameter",
          List.of(new Problem.Violation("overdue", "must be true or false")));
    }

    @QueryParam("dueBefore")
    @Parameter(description = "Current due date before this day", example = "2010-01-01")
    public LocalDate dueBefore;

    @QueryParam("dueAfter")
    @Parameter(description = "Current due date after this day", example = "2009-06-30")
    public LocalDate dueAfter;
  }

  @GET
  @PermitAll
  @Operation(
      summary =
          "List actions of visible plans with filters, e.g. the overdue actions a lead organisation"
              + " has")
  @APIResponse(
      responseCode = "200",
      description = "A page of actions, with Link headers",
      content = @Content(schema = @Schema(implementation = ActionPage.class)))
  @APIResponse(responseCode = "400", description = "Bad paging or filter parameter")
  @APIResponse(responseCode = "401", description = "Invalid token")
  public Response list(
      @QueryParam("planId")
          @Parameter(
              description = "Only this plan's actions",
              example = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f")
          UUID planId,
      @BeanParam ActionFilterParams filter) {
    return listResponse(queries, plans, caller, filter, planId, uriInfo);
  }

  static Response listResponse(
      ActionQueries queries,
      PlanService plans,
      Caller caller,
      ActionFilterParams params,
      UUID planId,
      UriInfo uriInfo) {
    PageRequest page = params.toRequest(ActionQueries.SORT_FIELDS);
    ActionFilter filter =
        new ActionFilter(
            planId,
            params.status,
            params.priority,
            params.lead,
            params.overdueFilter(),
            params.dueBefore,
            params.dueAfter);
    ActionQueries.Result result = queries.list(filter, Visibility.planStatuses(caller), page);
    Map<UUID, ActionProgress> latest =
        plans.latestProgress(result.items().stream().map(r -> r.action().id).toList());
    List<ActionView> items =
        result.items().stream()
            .map(r -> ActionView.of(r, latest.get(r.action().id), caller.isAdmin()))
            .toList();
    return Pages.ok(Page.of(items, page, result.total()), uriInfo);
  }

  @GET
  @Path("/{actionId}")
  @PermitAll
  @Operation(
      summary =
          "Get an action with its parsed timescale, due date, overdue flag and latest progress")
  @APIResponse(
      responseCode = "200",
      description = "The action; ETag is its version",
      content = @Content(schema = @Schema(implementation = ActionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(
      responseCode = "404",
      description = "No such action, or its plan is not visible to the caller")
  public Response get(
      @PathParam("actionId") @Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
          UUID actionId) {
    PlanAction action = visibleAction(actionId);
    return ETags.ok(view(action), action.version).build();
  }

  @PUT
  @Path("/{actionId}")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(summary = "Change an action's fields (If-Match required; emits action.updated)")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = ActionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "No such action")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response update(
      @PathParam("actionId") @Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
          UUID actionId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch,
      @Valid @NotNull Requests.ActionRequest request) {
    PlanAction action = plans.editAction(actionId, ifMatch, request.content());
    return ETags.ok(view(action), action.version).build();
  }

  @POST
  @Path("/{actionId}/progress")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary =
          "Append a progress note, optionally changing the status (emits"
              + " action.progress-recorded, and action.status-changed on a change)")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; ETag is the action's new version",
      content = @Content(schema = @Schema(implementation = ProgressRecorded.class)))
  @APIResponse(responseCode = "400", description = "Malformed or invalid")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(
      responseCode = "403",
      description = "Neither compact-admin nor a partner of an organisation leading the action")
  @APIResponse(
      responseCode = "404",
      description = "No such action, or its plan is not visible to the caller")
  @APIResponse(responseCode = "409", description = "The plan is ARCHIVED")
  @APIResponse(
      responseCode = "422",
      description =
          "Dated in the future; the caller's organisation has WITHDRAWN from the Compact (type"
              + " organisation-withdrawn: read access stays, progress is refused); or"
              + " Idempotency-Key reused with another body")
  public Response recordProgress(
      @PathParam("actionId") @Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
          UUID actionId,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "progress-2009-07-15")
          String idempotencyKey,
      @Valid @NotNull Requests.ProgressRequest request) {
    return idempotency.create(
        idempotencyKey,
        "POST /actions/" + actionId + "/progress",
        request,
        () -> {
          ProgressService.Recorded recorded =
              progress.record(actionId, request.note(), request.status(), request.recordedOn());
          return Response.created(URI.create("/actions/" + actionId + "/progress"))
              .tag(ETags.of(recorded.action().version))
              .entity(recordedView(recorded))
              .build();
        });
  }

  @GET
  @Path("/{actionId}/progress")
  @PermitAll
  @Operation(summary = "The progress history of an action, newest first")
  @APIResponse(
      responseCode = "200",
      description = "A page of progress notes, with Link headers",
      content = @Content(schema = @Schema(implementation = ProgressPage.class)))
  @APIResponse(responseCode = "400", description = "Bad paging parameter")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(
      responseCode = "404",
      description = "No such action, or its plan is not visible to the caller")
  public Response history(
      @PathParam("actionId") @Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
          UUID actionId,
      @BeanParam PageParams paging) {
    visibleAction(actionId);
    PageRequest page = paging.toRequest(List.of("recordedOn"));
    List<ProgressView> items =
        progress.history(actionId, page.page(), page.size()).stream()
            .map(p -> ProgressView.of(p, caller.isAdmin()))
            .toList();
    return Pages.ok(Page.of(items, page, progress.historyCount(actionId)), uriInfo);
  }

  @POST
  @Path("/progress")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary =
          "Append progress notes to many actions at once; each item is applied on its own and"
              + " reported with its own status")
  @APIResponse(
      responseCode = "200",
      description = "Per-item results (201 recorded, else the item's problem)",
      content = @Content(schema = @Schema(implementation = BulkProgressResult.class)))
  @APIResponse(responseCode = "400", description = "Malformed, empty or more than 200 items")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither compact-admin nor partner")
  @APIResponse(
      responseCode = "422",
      description =
          "The caller's organisation has WITHDRAWN from the Compact (type organisation-withdrawn):"
              + " no item is recorded")
  public BulkProgressResult bulkProgress(@Valid @NotNull Requests.BulkProgressRequest request) {
    progress.refuseWithdrawnCaller();
    List<BulkItemResult> results = new ArrayList<>();
    for (Requests.BulkProgressItem item : request.items()) {
      try {
        ProgressService.Recorded recorded =
            progress.record(item.actionId(), item.note(), item.status(), item.recordedOn());
        results.add(
            new BulkItemResult(
                item.actionId(), 201, recorded.progress().id, recorded.action().version, null));
      } catch (ProblemException e) {
        results.add(
            new BulkItemResult(
                item.actionId(),
                e.type().status(),
                null,
                null,
                new Problem(
                    e.type().uri(),
                    e.type().title(),
                    e.type().status(),
                    e.getMessage(),
                    null,
                    e.violations().isEmpty() ? null : e.violations(),
                    null)));
      }
    }
    long recorded = results.stream().filter(r -> r.status() == 201).count();
    return new BulkProgressResult(results, recorded, results.size() - recorded);
  }

  private PlanAction visibleAction(UUID actionId) {
    PlanAction action = plans.findAction(actionId).orElse(null);
    Plan plan = action == null ? null : plans.find(action.planId).orElse(null);
    if (plan == null || !Visibility.canSee(caller, plan)) {
      throw ProblemException.notFound("Action", actionId);
    }
    return action;
  }

  private ActionView view(PlanAction action) {
    Plan plan = plans.find(action.planId).orElseThrow();
    return ActionView.of(
        queries.row(action, plan),
        plans.latestProgress(List.of(action.id)).get(action.id),
        caller.isAdmin());
  }

  private ProgressRecorded recordedView(ProgressService.Recorded recorded) {
    Plan plan = plans.find(recorded.action().planId).orElseThrow();
    return new ProgressRecorded(
        ProgressView.of(recorded.progress(), caller.isAdmin()),
        ActionView.of(queries.row(recorded.action(), plan), recorded.progress(), caller.isAdmin()));
  }

  @Schema(name = "ProgressRecorded", description = "The note and the action as it now stands")
  public record ProgressRecorded(ProgressView progress, ActionView action) {}

  @Schema(name = "BulkProgressItemResult")
  public record BulkItemResult(
      @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID actionId,
      @Schema(example = "201", description = "201 when recorded, else the item's problem status")
          int status,
      @Schema(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") UUID progressId,
      @Schema(example = "4", description = "The action's new version (ETag) when recorded")
          Long actionVersion,
      Problem problem) {}

  @Schema(name = "BulkProgressResult")
  public record BulkProgressResult(
      List<BulkItemResult> items,
      @Schema(example = "2") long recorded,
      @Schema(example = "1") long failed) {}

  @Schema(name = "ActionPage")
  public record ActionPage(
      List<ActionView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "33") long total) {}

  @Schema(name = "ProgressPage")
  public record ProgressPage(
      List<ProgressView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "3") long total) {}
}
