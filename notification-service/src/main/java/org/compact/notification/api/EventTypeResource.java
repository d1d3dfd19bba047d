package org.compact.notification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.compact.contracts.EventType;
import org.compact.notification.domain.EventFamily;
import org.compact.notification.domain.SubscriptionFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The event types a subscription may name (public: they are the documented contracts). */
@Path("/webhooks/event-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook subscriptions")
public class EventTypeResource {

  @GET
  @PermitAll
  @Operation(summary = "Every event type, its filter and which partners may receive it")
  @APIResponse(
      responseCode = "200",
      description = "All event types",
      content = @Content(schema = @Schema(implementation = EventTypeView[].class)))
  @APIResponse(responseCode = "401", description = "The bearer token sent is invalid or expired")
  public List<EventTypeView> list() {
    return Arrays.stream(EventType.values()).map(EventTypeResource::view).toList();
  }

  static EventTypeView view(EventType type) {
    EventFamily family = EventFamily.of(type);
    String filter =
        Arrays.stream(SubscriptionFilter.values())
            .filter(f -> f.family() == family)
            .map(Enum::name)
            .findFirst()
            .orElse(null);
    return new EventTypeView(type.type(), type.topic(), family.name(), filter, partners(family));
  }

  private static String partners(EventFamily family) {
    return switch (family) {
      case SIGNATORY ->
          "every partner while the organisation is SIGNED; its own partners in any status";
      case PLAN -> "every partner once the plan is PUBLISHED (draft plans: compact-admin only)";
      case ACTION -> "every partner once the action's plan is PUBLISHED";
      case CONSULTATION -> "every partner (consultations are public)";
      case DISPUTE -> "only partners of the dispute's party organisations";
    };
  }
}
