package org.compact.signatory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compact.signatory.domain.OrgIdentifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Identifier",
    description =
        "An org-id.guide identifier. Schemes: GB-CHC (charity, England and Wales), GB-SC"
            + " (charity, Scotland), GB-NIC (charity, Northern Ireland), GB-COH (Companies House,"
            + " normalised to 8 characters, e.g. 1234567 → 01234567, SC 1234 → SC001234), GB-LAE,"
            + " GB-LAS, GB-LAW, GB-LANI (local authorities), GB-NHS (NHS ODS code). Values are"
            + " stored normalised; a value held by another organisation is refused with 409.")
public record IdentifierDto(
    @NotBlank @Size(max = 20) @Schema(example = "GB-CHC") String scheme,
    @NotBlank @Size(max = 40) @Schema(example = "1123456") String id) {

  OrgIdentifier.Raw toRaw() {
    return new OrgIdentifier.Raw(scheme, id);
  }

  static IdentifierDto of(OrgIdentifier identifier) {
    return new IdentifierDto(identifier.scheme(), identifier.value());
  }
}
