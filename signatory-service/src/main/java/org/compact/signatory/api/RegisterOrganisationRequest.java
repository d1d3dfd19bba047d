package org.compact.signatory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new organisation for the register, recorded as PROSPECT")
public record RegisterOrganisationRequest(
    @NotBlank @Size(max = 300) @Schema(example = "Stafford District Voluntary Services")
        String name,
    @NotBlank @Schema(example = "VCS", description = "One of the Compact's configured sectors")
        String sector,
    @NotBlank @Size(max = 100) @Schema(example = "charity") String kind,
    @Size(max = 200) @Schema(example = "Stafford") String area) {}
