package org.compact.signatory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.compact.platform.http.ETags;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.security.Roles;
import org.compact.signatory.domain.Contact;
import org.compact.signatory.service.ContactService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contacts of an organisation: personal data, for compact-admin and the organisation's own partners
 * only (a partner of another organisation gets 404, as if it did not exist).
 */
@Path("/signatories/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
@Tag(name = "Contacts", description = "People at an organisation (personal data)")
public class ContactResource {
  static final String CONTACT_ID_EXAMPLE = "0c6f0a53-2b84-4a3f-9a64-7d3f51f2a0b1";

  @Inject ContactService contacts;
  @Inject IdempotentRequests idempotency;

  @GET
  @Operation(summary = "List the organisation's contacts")
  @APIResponse(
      responseCode = "200",
      description = "Every contact, by name",
      content = @Content(schema = @Schema(implementation = ContactView[].class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither compact-admin nor partner")
  @APIResponse(responseCode = "404", description = "Not found, or another partner's organisation")
  public List<ContactView> list(
      @PathParam("id") @Parameter(example = SignatoryResource.ID_EXAMPLE) UUID id) {
    return contacts.list(id).stream().map(ContactView::of).toList();
  }

  @POST
  @Operation(
      summary = "Add a contact",
      description =
          "Making the first Compact Champion (or removing the last) emits"
              + " signatory.champion-changed with hasChampion only.")
  @APIResponse(
      responseCode = "201",
      description = "Added (or the first response replayed for the same Idempotency-Key)",
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body or invalid fields")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither compact-admin nor partner")
  @APIResponse(responseCode = "404", description = "Not found, or another partner's organisation")
  @APIResponse(
      responseCode = "412",
      description = "The organisation changed concurrently (champion flag); retry")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  public Response add(
      @PathParam("id") @Parameter(example = SignatoryResource.ID_EXAMPLE) UUID id,
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "3f1c2b9e-con-001")
          String idempotencyKey,
      @Valid @NotNull ContactRequest request,
      @Context UriInfo uriInfo) {
    return idempotency.create(
        idempotencyKey,
        "POST /signatories/" + id + "/contacts",
        request,
        () -> {
          Contact contact = contacts.add(id, request.toDetails());
          return Response.created(
                  uriInfo.getAbsolutePathBuilder().path(contact.id.toString()).build())
              .tag(ETags.of(contact.version))
              .entity(ContactView.of(contact))
              .build();
        });
  }

  @GET
  @Path("/{contactId}")
  @Operation(summary = "Get a contact")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is its version",
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither compact-admin nor partner")
  @APIResponse(responseCode = "404", description = "Not found, or another partner's organisation")
  public Response get(
      @PathParam("id") @Parameter(example = SignatoryResource.ID_EXAMPLE) UUID id,
      @PathParam("contactId") @Parameter(example = CONTACT_ID_EXAMPLE) UUID contactId) {
    Contact contact = contacts.get(id, contactId);
    return ETags.ok(ContactView.of(contact), contact.version).build();
  }

  @PUT
  @Path("/{contactId}")
  @Operation(summary = "Replace a contact's details")
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body or invalid fields")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither compact-admin nor partner")
  @APIResponse(responseCode = "404", description = "Not found, or another partner's organisation")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response replace(
      @PathParam("id") @Parameter(example = SignatoryResource.ID_EXAMPLE) UUID id,
      @PathParam("contactId") @Parameter(example = CONTACT_ID_EXAMPLE) UUID contactId,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = SignatoryResource.IF_MATCH_DESCRIPTION, example = "\"0\"")
          String ifMatch,
      @Valid @NotNull ContactRequest request) {
    Contact contact = contacts.update(id, contactId, ifMatch, request.toDetails());
    return ETags.ok(ContactView.of(contact), contact.version).build();
  }

  @DELETE
  @Path("/{contactId}")
  @Operation(
      summary = "Erase a contact (right to erasure)",
      description =
          "Deletes the personal data for good, also from stored Idempotency-Key responses; the"
              + " history keeps only the contact id.")
  @APIResponse(responseCode = "204", description = "Erased")
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither compact-admin nor partner")
  @APIResponse(responseCode = "404", description = "Not found, or another partner's organisation")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response erase(
      @PathParam("id") @Parameter(example = SignatoryResource.ID_EXAMPLE) UUID id,
      @PathParam("contactId") @Parameter(example = CONTACT_ID_EXAMPLE) UUID contactId,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = SignatoryResource.IF_MATCH_DESCRIPTION, example = "\"0\"")
          String ifMatch) {
    contacts.erase(id, contactId, ifMatch);
    return Response.noContent().build();
  }
}
