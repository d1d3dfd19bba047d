package org.compact.signatory.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Withdrawing from the Compact")
public record WithdrawRequest(
    @Schema(
            example = "2011-03-31",
            description = "Business date of the withdrawal; today (Europe/London) when absent")
        LocalDate withdrawnOn,
    @Size(max = 2000) @Schema(example = "The organisation has closed", description = "Required")
        String reason) {}
