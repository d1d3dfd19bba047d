package org.compact.signatory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.signatory.domain.OpenRecord;
import org.compact.signatory.domain.OrgIdentifier;
import org.compact.signatory.domain.Organisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signed organisation as open data: the Open Referral UK {@code organization} fields the register
 * holds (id, name, description, url, uri, legal_status) plus org-id.guide identifiers and the
 * Compact's own fields. No email or logo: the register keeps no organisational mailbox or logo, and
 * contacts (personal data) are never exported. Every key is always present (null when unknown).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "OpenDataOrganisation", description = "A signatory in Open Referral UK form")
public record OpenOrganisation(
    @Schema(
            description = "The register's id (UUID)",
            example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c")
        UUID id,
    @Schema(example = "Stafford District Voluntary Services") String name,
    @Schema(example = "VCS charity in Stafford; signed the Stafford Borough Compact on 2009-04-01.")
        String description,
    @Schema(description = "The organisation's web site", example = "https://www.sdvs.org.uk")
        String url,
    @Schema(
            description = "Persistent URL of the record in the register's API",
            example =
                "https://compact.example.gov.uk/signatories/5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c")
        URI uri,
    @JsonProperty("legal_status")
        @Schema(
            description = "From the kind and register entries; null when the register cannot tell",
            example = "Registered charity")
        String legalStatus,
    @JsonProperty("org_id")
        @Schema(
            description =
                "The primary org-id.guide identifier (charity, company, local authority,"
                    + " NHS, in that order); null without identifiers",
            example = "GB-CHC-1123456")
        String orgId,
    List<Identifier> identifiers,
    @Schema(example = "VCS") String sector,
    @Schema(example = "charity") String kind,
    @Schema(example = "Stafford") String area,
    @Schema(example = "Civic Centre, Riverside, Stafford ST16 3AQ") String address,
    @Schema(description = "Always SIGNED: only signatories are published", example = "SIGNED")
        String status,
    @JsonProperty("signed_on") @Schema(example = "2009-04-01") LocalDate signedOn,
    @JsonProperty("codes_of_practice") @Schema(example = "[\"FUNDING\",\"CONSULTATION\"]")
        List<String> codesOfPractice,
    @JsonProperty("has_compact_champion") @Schema(example = "true") boolean hasCompactChampion) {

  @Schema(name = "OpenDataIdentifier", description = "An org-id.guide identifier")
  public record Identifier(
      @Schema(description = "org-id.guide list code", example = "GB-CHC") String scheme,
      @Schema(description = "The id within the list", example = "1123456") String identifier,
      @JsonProperty("org_id") @Schema(example = "GB-CHC-1123456") String orgId) {

    static Identifier of(OrgIdentifier identifier) {
      return new Identifier(identifier.scheme(), identifier.value(), identifier.orgId());
    }
  }

  static OpenOrganisation of(Organisation o, String compactName, URI uri) {
    List<OrgIdentifier> identifiers = o.sortedIdentifiers();
    return new OpenOrganisation(
        o.id,
        o.name,
        OpenRecord.description(o, compactName),
        o.website,
        uri,
        OpenRecord.legalStatus(o.kind, identifiers).orElse(null),
        OpenRecord.primaryOrgId(identifiers).orElse(null),
        identifiers.stream().map(Identifier::of).toList(),
        o.sector,
        o.kind,
        o.area,
        o.address,
        o.status.name(),
        o.signedOn,
        List.copyOf(o.codesOfPractice),
        o.hasChampion);
  }
}
