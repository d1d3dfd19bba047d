package org.compact.signatory.api;

import java.time.LocalDate;
import java.util.UUID;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation")
public record OrganisationView(
    UUID id,
    @Schema(example = "Stafford District Voluntary Services") String name,
    @Schema(example = "VCS") String sector,
    @Schema(example = "charity") String kind,
    @Schema(example = "Stafford") String area,
    SignatoryStatus status,
    LocalDate registeredOn,
    long version) {

  static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.id,
        organisation.name,
        organisation.sector,
        organisation.kind,
        organisation.area,
        organisation.status,
        organisation.registeredOn,
        organisation.version);
  }
}
