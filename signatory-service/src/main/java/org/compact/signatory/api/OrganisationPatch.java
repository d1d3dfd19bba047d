package org.compact.signatory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compact.signatory.service.OrganisationInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Changes some details: absent (or null) fields stay as they are, an empty address, area"
            + " or website clears it; identifiers, when given, replace the whole list ([] removes"
            + " them all)")
public record OrganisationPatch(
    @Size(min = 1, max = 300) @Schema(example = "Stafford District Voluntary Services") String name,
    @Size(min = 1) @Schema(example = "VCS") String sector,
    @Size(min = 1, max = 100) @Schema(example = "CIO") String kind,
    @Size(max = 500) @Schema(example = "Civic Centre, Riverside, Stafford ST16 3AQ") String address,
    @Size(max = 200) @Schema(example = "Stafford") String area,
    @Size(max = 500)
        @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) URL")
        @Schema(example = "https://www.sdvs.org.uk")
        String website,
    @Size(max = 10) List<@Valid @NotNull IdentifierDto> identifiers) {

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
