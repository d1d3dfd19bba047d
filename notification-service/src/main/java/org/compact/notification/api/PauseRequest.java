package org.compact.notification.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the owner pauses the subscription (optional). */
@Schema(name = "PauseRequest")
public record PauseRequest(
    @Size(max = 500)
        @Schema(description = "Shown as part of pausedReason", example = "Receiver maintenance")
        String reason) {}
