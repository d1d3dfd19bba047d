package org.compact.signatory.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.List;
import java.util.UUID;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.security.Roles;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.service.History;
import org.compact.signatory.service.LifecycleService;
import org.compact.signatory.service.RegisterQueries;
import org.compact.signatory.service.SignatoryAccess;
import org.compact.signatory.service.SignatoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register of organisations: registration by compact-admin or a partner's self-service sign-up
 * request, details, lifecycle and history. Problem responses are documented by status here; their
 * problem+json content is added to the document by the platform's {@code ProblemResponsesFilter}.
 */
@Path("/signatories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signatories", description = "Organisations on the register and their lifecycle")
public class SignatoryResource {
  static final String ID_EXAMPLE = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c";
  static final String IF_MATCH_DESCRIPTION = "The ETag of the current version (428 without it)";

  @Inject SignatoryService signatories;
  @Inject LifecycleService lifecycle;
  @Inject RegisterQueries queries;
  @Inject History history;
  @Inject SignatoryAccess access;
  @Inject IdempotentRequests idempotency;
  @Inject CompactConfig compact;

  @POST
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Register an organisation as PROSPECT (compact-admin)",
      description =
          "Partners ask to register their own organisation with POST"
              + " /signatories/sign-up-requests. Emits signatory.registered.")
  @APIResponse(
      responseCode = "201",
      description = "Registered (or the first response replayed for the same Idempotency-Key)",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body or invalid fields")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(
      responseCode = "409",
      description =
          "An identifier already belongs to another organisation; existing names its id and name")
  @APIResponse(
      responseCode = "422",
      description =
          "Unknown sector or kind, invalid identifier, or Idempotency-Key reused with another"
              + " body")
  public Response register(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "3f1c2b9e-reg-001")
          String idempotencyKey,
      @Valid @NotNull OrganisationRequest request,
      @Context UriInfo uriInfo) {
    return idempotency.create(
        idempotencyKey,
        "POST /signatories",
        request,
        () -> created(signatories.register(request.toInput()), uriInfo));
  }

  @POST
  @Path("/sign-up-requests")
  @RolesAllowed(Roles.PARTNER)
  @Operation(
      summary = "Ask to register your own organisation (partner self-service sign-up)",
      description =
          "Recorded as PROSPECT; compact-admin signs it later. With an org_id claim the"
              + " organisation gets that id (409 when it exists already). Without one it gets a"
              + " new id and the requester's token sub is recorded: that account may follow and"
              + " edit the request while it is a PROSPECT, and compact-admin links the account to"
              + " the new id (org_id claim in the identity provider). One open request per"
              + " account. Emits signatory.registered.")
  @APIResponse(
      responseCode = "201",
      description =
          "Requested; Location is the organisation (or the first response replayed for the same"
              + " Idempotency-Key)",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body or invalid fields")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a partner")
  @APIResponse(
      responseCode = "409",
      description =
          "The partner's organisation or open request exists already, or an identifier belongs"
              + " to another organisation; existing names its id and name")
  @APIResponse(
      responseCode = "422",
      description =
          "Unknown sector or kind, invalid identifier, or Idempotency-Key reused with another"
              + " body")
  public Response requestSignUp(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "3f1c2b9e-req-001")
          String idempotencyKey,
      @Valid @NotNull OrganisationRequest request,
      @Context UriInfo uriInfo) {
    return idempotency.create(
        idempotencyKey,
        "POST /signatories/sign-up-requests",
        request,
        () -> created(signatories.requestSignUp(request.toInput()), uriInfo));
  }

  @GET
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "List every organisation, any status (compact-admin)",
      description =
          "The steering group's working list, e.g. ?status=PROSPECT for sign-up requests. The"
              + " public register is /register.")
  @APIResponse(
      responseCode = "200",
      description = "A page of organisations, Link headers for next/prev",
      content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid paging or filter parameter")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  public Response list(
      @BeanParam FilterParams filters,
      @QueryParam("status")
          @Parameter(description = "PROSPECT, SIGNED or WITHDRAWN", example = "PROSPECT")
          String status,
      @BeanParam PageParams paging,
      @Context UriInfo uriInfo) {
    var filter = filters.toFilter(compact.sectors(), status);
    var request = paging.toRequest(RegisterQueries.SORT_FIELDS);
    Page<OrganisationView> page =
        queries.search(filter, request).map(o -> OrganisationView.of(o, true));
    return Pages.ok(page, uriInfo);
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(
      summary = "Get an organisation",
      description =
          "Everyone sees SIGNED organisations; compact-admin and the organisation's own partners"
              + " see it in any status, with the internal fields.")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is its version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "Invalid token")
  @APIResponse(responseCode = "404", description = "Not found or not visible to the caller")
  public Response get(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id) {
    Organisation organisation = access.readableForView(id);
    return ETags.ok(
            OrganisationView.of(organisation, access.seesEverything(organisation)),
            organisation.version)
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Replace an organisation's details",
      description =
          "compact-admin, or a partner of the organisation (org_id). Only compact-admin may"
              + " change the sector. Emits signatory.updated when anything changed.")
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body or invalid fields")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(
      responseCode = "403",
      description =
          "Wrong role, a partner of another organisation (of a SIGNED one it can see), or a"
              + " partner changing the sector")
  @APIResponse(responseCode = "404", description = "Not found or not visible to the caller")
  @APIResponse(responseCode = "409", description = "An identifier belongs to another organisation")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "422", description = "Unknown sector or kind, invalid identifier")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response replace(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"3\"")
          String ifMatch,
      @Valid @NotNull OrganisationRequest request) {
    return fullView(signatories.update(id, ifMatch, request.toInput()));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "Change some of an organisation's details",
      description = "As PUT, but fields left out (or null) keep their value.")
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body or invalid fields")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(
      responseCode = "403",
      description = "Wrong role, partner of another organisation, or a partner changing the sector")
  @APIResponse(responseCode = "404", description = "Not found or not visible to the caller")
  @APIResponse(responseCode = "409", description = "An identifier belongs to another organisation")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "422", description = "Unknown sector or kind, invalid identifier")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response patch(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"3\"")
          String ifMatch,
      @Valid @NotNull OrganisationPatch patch) {
    return fullView(signatories.patch(id, ifMatch, patch.toInput()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Delete a PROSPECT no other record refers to (compact-admin)",
      description =
          "Signed and withdrawn organisations are never deleted (withdraw instead); a PROSPECT"
              + " another service refers to (action lead, dispute party, consultation owner)"
              + " stays. Its contacts are erased with it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "Not found")
  @APIResponse(
      responseCode = "409",
      description =
          "Not a PROSPECT (withdraw instead; allowedTransitions lists what is possible) or"
              + " referenced elsewhere (references lists by whom)")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response delete(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"0\"")
          String ifMatch) {
    signatories.delete(id, ifMatch);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/sign")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Record that a PROSPECT signed the Compact (compact-admin)",
      description =
          "Commits the organisation to every Code of Practice in this Compact's catalogue."
              + " Emits signatory.signed (without signedBy).")
  @APIResponse(
      responseCode = "200",
      description = "Signed; ETag is the new version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "Not found")
  @APIResponse(
      responseCode = "409",
      description = "Not a PROSPECT; currentStatus and allowedTransitions say what is possible")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(
      responseCode = "422",
      description = "signedBy missing or signedOn in the future (violations list each)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response sign(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"0\"")
          String ifMatch,
      @Valid @NotNull SignRequest request) {
    return fullView(lifecycle.sign(id, ifMatch, request.signedOn(), request.signedBy()));
  }

  @POST
  @Path("/{id}/withdraw")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Record that a SIGNED organisation withdrew (compact-admin)",
      description = "Emits signatory.withdrawn with withdrawnOn and the reason.")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn; ETag is the new version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "Not found")
  @APIResponse(
      responseCode = "409",
      description = "Not SIGNED; currentStatus and allowedTransitions say what is possible")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(
      responseCode = "422",
      description = "Reason missing, withdrawnOn in the future or before the signing")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response withdraw(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"1\"")
          String ifMatch,
      @Valid @NotNull WithdrawRequest request) {
    return fullView(lifecycle.withdraw(id, ifMatch, request.withdrawnOn(), request.reason()));
  }

  @POST
  @Path("/{id}/resign")
  @RolesAllowed(Roles.COMPACT_ADMIN)
  @Operation(
      summary = "Record that a WITHDRAWN organisation signed again (compact-admin)",
      description =
          "Commits it to the current Codes of Practice catalogue. Emits signatory.resigned.")
  @APIResponse(
      responseCode = "200",
      description = "Signed again; ETag is the new version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not compact-admin")
  @APIResponse(responseCode = "404", description = "Not found")
  @APIResponse(
      responseCode = "409",
      description = "Not WITHDRAWN; currentStatus and allowedTransitions say what is possible")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(
      responseCode = "422",
      description = "signedBy missing, signedOn in the future or before the withdrawal")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response resign(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"2\"")
          String ifMatch,
      @Valid @NotNull SignRequest request) {
    return fullView(lifecycle.resign(id, ifMatch, request.signedOn(), request.signedBy()));
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
  @Operation(
      summary = "The organisation's full history (compact-admin and its own partners)",
      description = "Oldest first. Holds no contact's personal data, only contact ids.")
  @APIResponse(
      responseCode = "200",
      description = "Every step",
      content = @Content(schema = @Schema(implementation = HistoryEntryView[].class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither compact-admin nor partner")
  @APIResponse(
      responseCode = "404",
      description = "Not found, or the organisation of another partner")
  public List<HistoryEntryView> history(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id) {
    access.privateParts(id);
    return history.of(id).stream().map(HistoryEntryView::of).toList();
  }

  private static Response created(Organisation organisation, UriInfo uriInfo) {
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("signatories")
                .path(organisation.id.toString())
                .build())
        .tag(ETags.of(organisation.version))
        .entity(OrganisationView.of(organisation, true))
        .build();
  }

  private static Response fullView(Organisation organisation) {
    return ETags.ok(OrganisationView.of(organisation, true), organisation.version).build();
  }

  /** For the OpenAPI document: the list envelope of organisations. */
  @Schema(name = "OrganisationPage")
  record OrganisationPage(
      List<OrganisationView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "57") long total) {}
}
