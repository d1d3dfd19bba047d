package org.compact.notification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.compact.notification.domain.SubscriptionFilter;
import org.compact.notification.service.SubscriptionInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace a subscription. */
@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
    @NotBlank
        @Size(max = 2048)
        @Schema(
            description =
                "HTTPS URL the deliveries are POSTed to; its host must resolve to public"
                    + " addresses only (no loopback, private or link-local ranges) and its port"
                    + " must be allowed (443 by default)",
            example = "https://partner.example.org/compact/webhooks")
        String url,
    @NotEmpty
        @Size(max = 50)
        @Schema(
            description = "Event types to receive (GET /webhooks/event-types lists them)",
            example = "[\"consultation.opened\", \"consultation.results-published\"]")
        List<@NotNull String> eventTypes,
    @Schema(
            description =
                "Optional narrowing to events that concern the organisation: MY_ORGANISATION"
                    + " (signatory events), ACTIONS_MY_ORGANISATION_LEADS (action events),"
                    + " CONSULTATIONS_OF_MY_ORGANISATION (consultation events), MY_DISPUTES"
                    + " (dispute events). Each narrows its own family only.",
            example = "[\"CONSULTATIONS_OF_MY_ORGANISATION\"]")
        List<@NotNull SubscriptionFilter> filters,
    @Schema(
            description =
                "The organisation the filters refer to. A partner's is always its token's org_id"
                    + " (leave it out); compact-admin names one to use filters.",
            example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c")
        UUID organisationId,
    @Size(max = 500)
        @Schema(description = "Free text for the owner", example = "Our CRM's consultation feed")
        String description) {

  public SubscriptionInput toInput() {
    return new SubscriptionInput(url, eventTypes, filters, organisationId, description);
  }
}
