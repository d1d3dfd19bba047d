package org.compact.signatory.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Signing (or re-signing) the Compact")
public record SignRequest(
    @Schema(
            example = "2009-04-01",
            description = "Business date of the signing; today (Europe/London) when absent")
        LocalDate signedOn,
    @Size(max = 300)
        @Schema(
            example = "Chief Executive",
            description =
                "Who signed for the organisation (required). Kept in the register for"
                    + " compact-admin and the organisation, never published or sent in events.")
        String signedBy) {}
