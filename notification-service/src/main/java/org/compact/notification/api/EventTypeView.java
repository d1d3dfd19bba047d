package org.compact.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event type a subscription may name. */
@Schema(name = "EventType")
public record EventTypeView(
    @Schema(example = "consultation.opened") String type,
    @Schema(example = "compact.consultations") String topic,
    @Schema(example = "CONSULTATION") String family,
    @Schema(
            description = "The filter that narrows this type to the subscriber's organisation",
            example = "CONSULTATIONS_OF_MY_ORGANISATION")
        String filter,
    @Schema(
            description = "Which partners may receive it (compact-admin receives every event)",
            example = "every partner (consultations are public)")
        String partnersReceive) {}
