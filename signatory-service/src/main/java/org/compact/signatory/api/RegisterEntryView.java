package org.compact.signatory.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.signatory.domain.Contact;
import org.compact.signatory.domain.Organisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterEntry", description = "A signed organisation on the public register")
public record RegisterEntryView(
    @Schema(example = "5b7f2c1e-8a4d-4f6b-9c3e-2d1a0b9e8f7c") UUID id,
    @Schema(example = "Stafford District Voluntary Services") String name,
    @Schema(example = "VCS") String sector,
    @Schema(example = "charity") String kind,
    @Schema(example = "Civic Centre, Riverside, Stafford ST16 3AQ") String address,
    @Schema(example = "Stafford") String area,
    @Schema(example = "https://www.sdvs.org.uk") String website,
    List<IdentifierDto> identifiers,
    @Schema(example = "2009-04-01") LocalDate signedOn,
    @Schema(example = "[\"FUNDING\",\"CONSULTATION\"]") List<String> codesOfPractice,
    @Schema(example = "true") boolean hasChampion,
    @Schema(description = "Only contacts who consented") List<PublicContactView> contacts) {

  static RegisterEntryView of(Organisation organisation, List<Contact> publicContacts) {
    return new RegisterEntryView(
        organisation.id,
        organisation.name,
        organisation.sector,
        organisation.kind,
        organisation.address,
        organisation.area,
        organisation.website,
        organisation.sortedIdentifiers().stream().map(IdentifierDto::of).toList(),
        organisation.signedOn,
        List.copyOf(organisation.codesOfPractice),
        organisation.hasChampion,
        publicContacts.stream().map(PublicContactView::of).toList());
  }
}
