package org.compact.signatory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compact.signatory.service.OrganisationInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "An organisation's details: registering one (recorded as PROSPECT) or replacing them (PUT)")
public record OrganisationRequest(
    @NotBlank @Size(max = 300) @Schema(example = "Stafford District Voluntary Services")
        String name,
    @NotBlank @Schema(example = "VCS", description = "One of the Compact's configured sectors")
        String sector,
    @NotBlank
        @Size(max = 100)
        @Schema(
            example = "charity",
            description =
                "charity, CIO, community group, faith group, BME group, council, NHS body, police,"
                    + " housing association, social enterprise or other")
        String kind,
    @Size(max = 500) @Schema(example = "Civic Centre, Riverside, Stafford ST16 3AQ") String address,
    @Size(max = 200) @Schema(example = "Stafford") String area,
    @Size(max = 500)
        @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) URL")
        @Schema(example = "https://www.sdvs.org.uk")
        String website,
    @Size(max = 10) @Schema(description = "At most one per scheme")
        List<@Valid @NotNull IdentifierDto> identifiers) {

  OrganisationInput toInput() {
    return new OrganisationInput(
        name,
        sector,
        kind,
        address,
        area,
        website,
        identifiers == null ? null : identifiers.stream().map(IdentifierDto::toRaw).toList());
  }
}
