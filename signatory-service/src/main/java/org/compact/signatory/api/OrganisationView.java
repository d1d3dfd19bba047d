package org.compact.signatory.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;
import org.compact.signatory.domain.Transition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Organisation",
    description =
        "An organisation on the register. signedBy, withdrawalReason, requestedBy and"
            + " allowedTransitions are shown only to compact-admin and the organisation's own"
            + " partners.")
public record OrganisationView(
    @Schema(example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c") UUID id,
    @Schema(example = "Stafford District Voluntary Services") String name,
    @Schema(example = "VCS") String sector,
    @Schema(example = "charity") String kind,
    @Schema(example = "Civic Centre, Riverside, Stafford ST16 3AQ") String address,
    @Schema(example = "Stafford") String area,
    @Schema(example = "https://www.sdvs.org.uk") String website,
    List<IdentifierDto> identifiers,
    SignatoryStatus status,
    @Schema(example = "2009-03-02") LocalDate registeredOn,
    @Schema(example = "2009-04-01") LocalDate signedOn,
    @Schema(
            example =
                "[\"COMMUNITY_GROUPS\",\"FUNDING\",\"PARTNERSHIP_WORKING\",\"CONSULTATION\","
                    + "\"VOLUNTEERING\",\"RESOLVING_DIFFERENCES\"]",
            description = "The Codes of Practice committed to at the (last) signing")
        List<String> codesOfPractice,
    @Schema(example = "2011-03-31") LocalDate withdrawnOn,
    @Schema(
            example = "true",
            description = "Whether a contact is the organisation's Compact Champion")
        boolean hasChampion,
    @Schema(example = "Chief Executive") String signedBy,
    @Schema(example = "The organisation has closed") String withdrawalReason,
    @Schema(
            example = "partner-jo",
            description = "The token sub of the partner who asked to join (self-service sign-up)")
        String requestedBy,
    @Schema(example = "[\"withdraw\"]", description = "Lifecycle actions possible now")
        List<String> allowedTransitions,
    @Schema(example = "3") long version) {

  /** {@code full}: for compact-admin and the organisation's own partners. */
  static OrganisationView of(Organisation organisation, boolean full) {
    return new OrganisationView(
        organisation.id,
        organisation.name,
        organisation.sector,
        organisation.kind,
        organisation.address,
        organisation.area,
        organisation.website,
        organisation.sortedIdentifiers().stream().map(IdentifierDto::of).toList(),
        organisation.status,
        organisation.registeredOn,
        organisation.signedOn,
        organisation.codesOfPractice.isEmpty() ? null : List.copyOf(organisation.codesOfPractice),
        organisation.withdrawnOn,
        organisation.hasChampion,
        full ? organisation.signedBy : null,
        full ? organisation.withdrawalReason : null,
        full ? organisation.requestedBy : null,
        full ? Transition.allowedActionsFrom(organisation.status) : null,
        organisation.version);
  }
}
