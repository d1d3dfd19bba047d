package org.compact.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.compact.notification.domain.Subscription;
import org.compact.notification.domain.SubscriptionStatus;
import org.compact.notification.service.SubscriptionService;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.Pages;
import org.compact.platform.idempotency.IdempotentRequests;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions of partners (for their own organisation) and compact-admin. A partner sees
 * only its organisation's subscriptions (others are 404); compact-admin sees every one. Problem
 * responses get their problem+json content from the platform's {@code ProblemResponsesFilter}.
 */
@Path("/webhooks/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
@Tag(name = "Webhook subscriptions", description = "Register, change, pause and resume webhooks")
public class SubscriptionResource {
  static final String ID_EXAMPLE = "0f8e2a44-6f1b-4c1e-9d53-7b0c2e5a9d11";
  static final String IF_MATCH = "The ETag of the current version (428 without it)";
  static final String SIGNING =
      " Each delivery is a POST of the event envelope JSON with the headers Compact-Event-Id,"
          + " Compact-Event-Type, Compact-Delivery-Id, Compact-Delivery-Attempt,"
          + " Compact-Subscription-Id, Compact-Timestamp (Unix seconds of the attempt) and"
          + " Compact-Signature: v1=<lower-case hex of HMAC-SHA256(key = the secret's UTF-8 bytes,"
          + " message = Compact-Timestamp + \".\" + raw body)>; during a secret rotation it carries"
          + " one v1= value per valid secret, separated by \", \".";

  @Inject SubscriptionService subscriptions;
  @Inject IdempotentRequests idempotency;

  @POST
  @Operation(
      summary = "Register a webhook subscription (partner for its organisation, or compact-admin)",
      description =
          "The answer carries the signing secret once; it is stored encrypted and never shown"
              + " again (a replayed create, same Idempotency-Key and body, answers without it:"
              + " rotate the secret to get a new one). The URL must be https:// on an allowed port"
              + " and resolve to public addresses only. Only events created after registration"
              + " are delivered, and only those the owner may read through the APIs: a partner"
              + " receives dispute events of its own disputes only, signatory events of SIGNED"
              + " organisations and its own, action and plan events of PUBLISHED plans."
              + SIGNING)
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location and ETag of the subscription, secret shown once",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body, unknown filter or field")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(
      responseCode = "403",
      description = "Neither partner nor compact-admin, or a partner token without org_id")
  @APIResponse(
      responseCode = "422",
      description =
          "URL refused (not https, private/loopback/link-local address, port), unknown event"
              + " type, filter without a subscribed type or organisation, another organisation's"
              + " id, or Idempotency-Key reused with another body")
  public Response create(
      @HeaderParam(IdempotentRequests.HEADER)
          @Parameter(description = "Makes a retried POST safe", example = "crm-webhook-001")
          String idempotencyKey,
      @Valid @NotNull SubscriptionRequest request,
      @Context UriInfo uriInfo) {
    AtomicReference<SubscriptionView> shownOnce = new AtomicReference<>();
    Response response =
        idempotency.create(
            idempotencyKey,
            "POST /webhooks/subscriptions",
            request,
            () -> {
              var created = subscriptions.create(request.toInput());
              SubscriptionView view =
                  SubscriptionView.of(created.subscription(), created.health(), created.secret());
              shownOnce.set(view);
              // what the idempotency record keeps (and replays) never holds the secret
              return Response.created(
                      uriInfo
                          .getBaseUriBuilder()
                          .path("webhooks/subscriptions")
                          .path(view.id().toString())
                          .build())
                  .tag(ETags.of(view.version()))
                  .entity(view.withoutSecret())
                  .build();
            });
    if (shownOnce.get() == null) {
      return response;
    }
    return Response.fromResponse(response).entity(shownOnce.get()).build();
  }

  @GET
  @Operation(
      summary = "List subscriptions (a partner: its organisation's; compact-admin: all)",
      description = "Sorted by createdAt unless sort says otherwise; Link headers for paging.")
  @APIResponse(
      responseCode = "200",
      description = "A page of subscriptions",
      content = @Content(schema = @Schema(implementation = SubscriptionPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid paging or filter parameter")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Wrong role, or a partner without org_id")
  public Response list(
      @QueryParam("status") @Parameter(description = "ACTIVE or PAUSED", example = "PAUSED")
          String status,
      @QueryParam("ownerOrganisationId")
          @Parameter(
              description =
                  "compact-admin: only this partner organisation's (ignored for partners)",
              example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c")
          String ownerOrganisationId,
      @BeanParam PageParams paging,
      @Context UriInfo uriInfo) {
    var request = paging.toRequest(List.of("createdAt", "url", "status", "updatedAt"));
    Page<SubscriptionView> page =
        subscriptions
            .list(
                QueryValues.enumValue("status", status, SubscriptionStatus.class),
                QueryValues.uuid("ownerOrganisationId", ownerOrganisationId),
                request)
            .map(s -> SubscriptionView.of(s, subscriptions.health(s.id), null));
    return Pages.ok(page, uriInfo);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a subscription, its status, pause reason and failure streak")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is its version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  public Response get(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id) {
    return ok(subscriptions.get(id), null);
  }

  @PUT
  @Path("/{id}")
  @Operation(
      summary = "Replace a subscription's URL, event types, filters and description",
      description = "The secret and status stay; the URL is checked again.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced; ETag is the new version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "422", description = "URL refused or a rule broken (see create)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response replace(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"")
          String ifMatch,
      @Valid @NotNull SubscriptionRequest request) {
    return ok(subscriptions.replace(id, ifMatch, request.toInput()), null);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a subscription with its delivery log")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response delete(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"")
          String ifMatch) {
    subscriptions.delete(id, ifMatch);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/rotate-secret")
  @Operation(
      summary = "Rotate the signing secret (the new one is shown once)",
      description =
          "The previous secret keeps signing next to the new one until previousSecretValidUntil"
              + " (24 h by default), so receivers can switch without losing deliveries: the"
              + " Compact-Signature header then carries two v1= values.")
  @APIResponse(
      responseCode = "200",
      description = "Rotated; the answer carries the new secret; ETag is the new version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response rotateSecret(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"")
          String ifMatch) {
    var rotated = subscriptions.rotateSecret(id, ifMatch);
    return ETags.ok(
            SubscriptionView.of(rotated.subscription(), rotated.health(), rotated.secret()),
            rotated.subscription().version)
        .build();
  }

  @POST
  @Path("/{id}/pause")
  @Operation(
      summary = "Pause deliveries (the service also pauses a subscription that keeps failing)",
      description = "Events keep being recorded as PENDING deliveries and are sent after resume.")
  @APIResponse(
      responseCode = "200",
      description = "Paused; ETag is the new version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed body")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  @APIResponse(responseCode = "409", description = "Paused already")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response pause(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"")
          String ifMatch,
      @RequestBody(required = false) @Valid PauseRequest request) {
    return ok(subscriptions.pause(id, ifMatch, request == null ? null : request.reason()), null);
  }

  @POST
  @Path("/{id}/resume")
  @Operation(
      summary = "Resume a paused subscription",
      description =
          "Clears the pause reason and the failure streak; every PENDING delivery is due at once"
              + " with a fresh 24 h retry window. Deliveries given up (FAILED) stay; redeliver"
              + " them one by one.")
  @APIResponse(
      responseCode = "200",
      description = "Active again; ETag is the new version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  @APIResponse(responseCode = "409", description = "Not paused")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response resume(
      @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"1\"")
          String ifMatch) {
    return ok(subscriptions.resume(id, ifMatch), null);
  }

  private Response ok(Subscription subscription, String secret) {
    return ETags.ok(
            SubscriptionView.of(subscription, subscriptions.health(subscription.id), secret),
            subscription.version)
        .build();
  }

  /** For the OpenAPI document: the list envelope. */
  @Schema(name = "SubscriptionPage")
  record SubscriptionPage(
      List<SubscriptionView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "3") long total) {}
}
