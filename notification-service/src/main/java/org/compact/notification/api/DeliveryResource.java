package org.compact.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.DeliveryStatus;
import org.compact.notification.service.DeliveryService;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageParams;
import org.compact.platform.http.Pages;
import org.compact.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log of a subscription (same visibility as the subscription) and redelivery. */
@Path("/webhooks/subscriptions/{subscriptionId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPACT_ADMIN, Roles.PARTNER})
@Tag(name = "Webhook deliveries", description = "Delivery log, attempts and manual redelivery")
public class DeliveryResource {
  static final String DELIVERY_EXAMPLE = "9c2d7e1a-3b4f-4a6e-8c1d-2e3f4a5b6c7d";

  @Inject DeliveryService deliveries;

  @GET
  @Operation(
      summary = "The delivery log: one entry per event, with its status and last attempt",
      description =
          "PENDING deliveries are retried with exponential backoff and full jitter (ceiling 30 s"
              + " doubling per failed attempt up to 6 h) for at least 24 h, then FAILED.")
  @APIResponse(
      responseCode = "200",
      description = "A page of deliveries, Link headers for paging",
      content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid paging or filter parameter")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(
      responseCode = "404",
      description = "No such subscription, or another organisation's")
  public Response list(
      @PathParam("subscriptionId") @Parameter(example = SubscriptionResource.ID_EXAMPLE)
          UUID subscriptionId,
      @QueryParam("status")
          @Parameter(description = "PENDING, DELIVERED or FAILED", example = "FAILED")
          String status,
      @QueryParam("eventType")
          @Parameter(description = "Only this event type", example = "consultation.opened")
          String eventType,
      @BeanParam PageParams paging,
      @Context UriInfo uriInfo) {
    var request = paging.toRequest(List.of("createdAt", "nextAttemptAt", "status"));
    Page<DeliveryView> page =
        deliveries
            .list(
                subscriptionId,
                QueryValues.enumValue("status", status, DeliveryStatus.class),
                eventType,
                request)
            .map(d -> DeliveryView.of(d, null));
    return Pages.ok(page, uriInfo);
  }

  @GET
  @Path("/{deliveryId}")
  @Operation(summary = "One delivery with every attempt (status code, latency, error)")
  @APIResponse(
      responseCode = "200",
      description = "Found; ETag is its version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  public Response get(
      @PathParam("subscriptionId") @Parameter(example = SubscriptionResource.ID_EXAMPLE)
          UUID subscriptionId,
      @PathParam("deliveryId") @Parameter(example = DELIVERY_EXAMPLE) UUID deliveryId) {
    Delivery delivery = deliveries.get(subscriptionId, deliveryId);
    return ETags.ok(DeliveryView.of(delivery, deliveries.attempts(deliveryId)), delivery.version)
        .build();
  }

  @POST
  @Path("/{deliveryId}/redeliver")
  @Operation(
      summary = "Send a delivery again (any status), now and with a fresh retry window",
      description =
          "Same event id, body and delivery id; a new attempt number and signature timestamp.")
  @APIResponse(
      responseCode = "202",
      description = "Due now; the dispatcher sends it within seconds; ETag is the new version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(responseCode = "400", description = "Malformed id")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither partner nor compact-admin")
  @APIResponse(responseCode = "404", description = "Not found, or another organisation's")
  @APIResponse(responseCode = "409", description = "The subscription is paused: resume it first")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response redeliver(
      @PathParam("subscriptionId") @Parameter(example = SubscriptionResource.ID_EXAMPLE)
          UUID subscriptionId,
      @PathParam("deliveryId") @Parameter(example = DELIVERY_EXAMPLE) UUID deliveryId,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = SubscriptionResource.IF_MATCH, example = "\"3\"")
          String ifMatch) {
    Delivery delivery = deliveries.redeliver(subscriptionId, deliveryId, ifMatch);
    return Response.accepted(DeliveryView.of(delivery, deliveries.attempts(deliveryId)))
        .tag(ETags.of(delivery.version))
        .build();
  }

  /** For the OpenAPI document: the list envelope. */
  @Schema(name = "DeliveryPage")
  record DeliveryPage(
      List<DeliveryView> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "42") long total) {}
}
