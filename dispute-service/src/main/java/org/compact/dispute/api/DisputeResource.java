package org.compact.dispute.api;

import static org.compact.dispute.api.ProblemResponses.BAD_REQUEST;
import static org.compact.dispute.api.ProblemResponses.CONFLICT;
import static org.compact.dispute.api.ProblemResponses.FORBIDDEN;
import static org.compact.dispute.api.ProblemResponses.NOT_FOUND;
import static org.compact.dispute.api.ProblemResponses.PRECONDITION_FAILED;
import static org.compact.dispute.api.ProblemResponses.PRECONDITION_REQUIRED;
import static org.compact.dispute.api.ProblemResponses.RULE_VIOLATION;
import static org.compact.dispute.api.ProblemResponses.UNAUTHORIZED;

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
import java.util.List;
import java.util.UUID;
import org.compact.dispute.domain.CaseRecord;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.DisputeStatus;
import org.compact.dispute.domain.RecordKind;
import org.compact.dispute.service.CaseSnapshots;
import org.compact.dispute.service.Commands;
import org.compact.dispute.service.DisputeService;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.PageRequest;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cases: opening, the stages, closing and the case file. */
@Path("/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes")
public class DisputeResource {
  @Inject DisputeService disputes;
  @Inject CaseSnapshots snapshots;
  @Inject IdempotentRequests idempotency;
  @Context UriInfo uriInfo;

  static final String IF_MATCH_EXAMPLE = "\"3\"";

  @POST
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Open a dispute",
      description =
          "A partner opens a dispute for its own organisation as the complainant; while that"
              + " organisation is WITHDRAWN the answer is 422 with type organisation-withdrawn."
              + " compact-admin may open one for any signatory.")
  @APIResponse(
      responseCode = "201",
      description = "Opened at the procedure's first stage",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  public Response open(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "open-2025-001")
          String idempotencyKey,
      @Valid @NotNull Requests.OpenDispute request) {
    return idempotency.create(
        idempotencyKey,
        "POST /disputes",
        request,
        () -> created(disputes.open(request.toComplaint())));
  }

  @POST
  @Path("/internal-resolutions")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Notify a difference resolved inside an organisation's own procedure",
      description =
          "Recorded as a closed case with outcome RESOLVED_INTERNALLY. A partner notifies"
              + " differences its organisation was party to.")
  @APIResponse(
      responseCode = "201",
      description = "Notified",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  public Response notifyResolvedInternally(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "internal-2025-001")
          String idempotencyKey,
      @Valid @NotNull Requests.InternalResolution request) {
    return idempotency.create(
        idempotencyKey,
        "POST /disputes/internal-resolutions",
        request,
        () -> created(disputes.notifyResolvedInternally(request.toCommand())));
  }

  private Response created(Dispute d) {
    return Response.created(
            uriInfo.getBaseUriBuilder().path("disputes").path(d.id.toString()).build())
        .tag(ETags.of(d.version))
        .entity(DisputeViews.of(snapshots.of(d)))
        .build();
  }

  @GET
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "List the cases the caller may know of",
      description =
          "compact-admin: all; partner: its organisation's; ccrg-member: those whose panel they sit on.")
  @APIResponse(
      responseCode = "200",
      description = "A page of cases",
      content = @Content(schema = @Schema(implementation = DisputePage.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response list(
      @BeanParam PageParams paging,
      @QueryParam("status") @Parameter(example = "OPEN", description = "OPEN or CLOSED")
          String status,
      @QueryParam("stage") @Parameter(example = "STAGE_2") String stage) {
    PageRequest request = paging.toRequest(List.of("openedOn"));
    long[] total = new long[1];
    List<OtherViews.ListItem> items =
        disputes
            .list(
                QueryValues.enumValue("status", status, DisputeStatus.class),
                stage,
                request.offset(),
                request.size(),
                total)
            .stream()
            .map(OtherViews.ListItem::of)
            .toList();
    return Pages.ok(Page.of(items, request, total[0]), uriInfo);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "Get a case as the caller may see it",
      description =
          "Panel members of the case see everything; parties see their case but not panel notes,"
              + " panel members or declared conflicts; compact-admin sees referral, status, dates,"
              + " deadlines and outcome, not representatives. Anyone else: 404.")
  @APIResponse(
      responseCode = "200",
      description = "The case, with an ETag",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response get(
      @PathParam("id") @Parameter(example = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a") UUID id) {
    return view(disputes.find(id));
  }

  Response view(Dispute d) {
    var snapshot = snapshots.of(d.id);
    return ETags.ok(DisputeViews.of(snapshot), snapshot.dispute().version).build();
  }

  @POST
  @Path("/{id}/referral")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Refer the case to the steering group (stage 2 letter)",
      description =
          "A party refers (compact-admin may record a letter received on paper). The letter must"
              + " identify the organisations, the commitments, the nature of the difference and what"
              + " has been done: a 422 lists each missing item.")
  @APIResponse(
      responseCode = "200",
      description = "Referral recorded",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response refer(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = IF_MATCH_EXAMPLE) String ifMatch,
      @Valid @NotNull Requests.ReferralLetter request) {
    return view(disputes.submitReferral(id, ifMatch, request.toReferral()));
  }

  @POST
  @Path("/{id}/stage")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "Advance the case to the next stage",
      description =
          "One stage at a time (409 with allowedNextSteps otherwise). Who may move a case into a"
              + " stage is part of the procedure (GET /dispute-procedure). Entering a referral stage"
              + " needs a complete referral and the receipt date R recorded by compact-admin; the"
              + " deadlines R+14 and R+56 days are stored then.")
  @APIResponse(
      responseCode = "200",
      description = "Moved",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response advance(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = IF_MATCH_EXAMPLE) String ifMatch,
      @Valid @NotNull Requests.Advance request) {
    return view(disputes.advance(id, ifMatch, request.toCommand()));
  }

  @POST
  @Path("/{id}/closure")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "Close the case: RESOLVED at its stage, or NO_FURTHER_RECOURSE after signposting",
      description =
          "A report to the steering group is required on every path. Who may record a resolution"
              + " depends on the stage (parties at the informal stages, the panel at panel stages).")
  @APIResponse(
      responseCode = "200",
      description = "Closed",
      content = @Content(schema = @Schema(implementation = DisputeView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public Response close(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = IF_MATCH_EXAMPLE) String ifMatch,
      @Valid @NotNull Requests.Close request) {
    return view(disputes.close(id, ifMatch, request.toCommand()));
  }

  // ------------------------------------------------------------------ case file

  @GET
  @Path("/{id}/records")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(
      summary = "The case file entries the caller may read",
      description =
          "Selected in the query by the caller's tier: panel notes for the panel only; letters for"
              + " the parties and the panel (and compact-admin where it handles the stage); reports"
              + " to the steering group for compact-admin and the panel.")
  @APIResponse(
      responseCode = "200",
      description = "A page of entries",
      content = @Content(schema = @Schema(implementation = RecordPage.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response records(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @BeanParam PageParams paging,
      @QueryParam("kind") @Parameter(example = "LETTER") String kind) {
    PageRequest request = paging.toRequest(List.of("createdAt"));
    long[] total = new long[1];
    List<OtherViews.RecordView> items =
        disputes
            .records(
                id,
                QueryValues.enumValue("kind", kind, RecordKind.class),
                request.offset(),
                request.size(),
                total)
            .stream()
            .map(OtherViews.RecordView::of)
            .toList();
    return Pages.ok(Page.of(items, request, total[0]), uriInfo);
  }

  @POST
  @Path("/{id}/letters")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Add a letter between the parties or a submission",
      description =
          "Parties write; compact-admin too where it handles the stage (Richmond step 2). A formal"
              + " letter at Stafford stage 1 must name the commitment(s) breached.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = OtherViews.RecordView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  public Response letter(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "letter-001") String key,
      @Valid @NotNull Requests.Letter request) {
    RecordKind kind =
        request.kind() == Requests.LetterKind.SUBMISSION
            ? RecordKind.SUBMISSION
            : RecordKind.LETTER;
    return append(
        id,
        key,
        "letters",
        request,
        new Commands.Entry(kind, request.text(), request.commitments(), null));
  }

  @POST
  @Path("/{id}/panel-notes")
  @RolesAllowed(Roles.CCRG_MEMBER)
  @Operation(
      summary = "Add a panel note (deliberation or hearing notes): the panel alone reads them")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = OtherViews.RecordView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "422", ref = RULE_VIOLATION)
  public Response panelNote(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "note-001") String key,
      @Valid @NotNull Requests.PanelNote request) {
    RecordKind kind =
        request.kind() == Requests.PanelNoteKind.HEARING_NOTE
            ? RecordKind.HEARING_NOTE
            : RecordKind.PANEL_NOTE;
    return append(
        id,
        key,
        "panel-notes",
        request,
        new Commands.Entry(kind, request.text(), null, request.hearingId()));
  }

  @POST
  @Path("/{id}/reports")
  @RolesAllowed(Roles.CCRG_MEMBER)
  @Operation(
      summary = "The chair's report to the steering group",
      description =
          "The chair keeps the steering group informed; compact-admin and the panel read it.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = OtherViews.RecordView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response report(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "report-001") String key,
      @Valid @NotNull Requests.Text request) {
    return append(
        id,
        key,
        "reports",
        request,
        new Commands.Entry(RecordKind.CCRG_REPORT, request.text(), null, null));
  }

  @POST
  @Path("/{id}/updates")
  @RolesAllowed(Roles.PARTNER)
  @Operation(
      summary = "A party's update on further developments (also after closure)",
      description =
          "Parties keep the steering group informed; parties, compact-admin and the panel read it.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = OtherViews.RecordView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response update(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @HeaderParam(IdempotentRequests.HEADER) @Parameter(example = "update-001") String key,
      @Valid @NotNull Requests.Text request) {
    return append(
        id,
        key,
        "updates",
        request,
        new Commands.Entry(RecordKind.UPDATE, request.text(), null, null));
  }

  private Response append(UUID id, String key, String route, Object request, Commands.Entry entry) {
    return idempotency.create(
        key,
        "POST /disputes/" + id + "/" + route,
        request,
        () -> {
          CaseRecord record = disputes.addEntry(id, entry);
          return Response.created(
                  uriInfo
                      .getBaseUriBuilder()
                      .path("disputes")
                      .path(id.toString())
                      .path("records")
                      .path(record.id.toString())
                      .build())
              .entity(OtherViews.RecordView.of(record))
              .build();
        });
  }

  @GET
  @Path("/{id}/records/{recordId}")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER, Roles.CCRG_MEMBER})
  @Operation(summary = "One case file entry, if the caller may read it")
  @APIResponse(
      responseCode = "200",
      description = "The entry",
      content = @Content(schema = @Schema(implementation = OtherViews.RecordView.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public OtherViews.RecordView record(
      @PathParam("id") @Parameter(example = "6b1f0c2e-8f3a-4d8e-9a51-2c7d1e0b4a11") UUID id,
      @PathParam("recordId") @Parameter(example = "3c9e2a71-5d4b-4f0e-8a26-9b7f1c3d5e80")
          UUID recordId) {
    return disputes
        .record(id, recordId)
        .map(OtherViews.RecordView::of)
        .orElseThrow(() -> ProblemException.notFound("Case record", recordId));
  }

  /** For the OpenAPI document: the list envelope of cases. */
  @Schema(name = "DisputePage")
  public record DisputePage(
      List<OtherViews.ListItem> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "1") long total) {}

  @Schema(name = "CaseRecordPage")
  public record RecordPage(
      List<OtherViews.RecordView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "1") long total) {}
}
