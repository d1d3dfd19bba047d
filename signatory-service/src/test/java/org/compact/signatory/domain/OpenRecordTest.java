package org.compact.signatory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenRecordTest {
  private static final OrgIdentifier CHARITY = new OrgIdentifier("GB-CHC", "1123456");
  private static final OrgIdentifier COMPANY = new OrgIdentifier("GB-COH", "01234567");
  private static final OrgIdentifier COUNCIL = new OrgIdentifier("GB-LAE", "STF");
  private static final OrgIdentifier NHS = new OrgIdentifier("GB-NHS", "RJE");

  @Test
  void primaryOrgIdPrefersCharityRegistersThenCompaniesThenPublicRegisters() {
    assertThat(OpenRecord.primaryOrgId(List.of(NHS, COMPANY, CHARITY))).contains("GB-CHC-1123456");
    assertThat(OpenRecord.primaryOrgId(List.of(NHS, COMPANY))).contains("GB-COH-01234567");
    assertThat(OpenRecord.primaryOrgId(List.of(NHS, COUNCIL))).contains("GB-LAE-STF");
    assertThat(OpenRecord.primaryOrgId(List.of())).isEmpty();
  }

  @Test
  void legalStatusComesFromTheKindAndTheRegistersTheOrganisationIsIn() {
    assertThat(OpenRecord.legalStatus("charity", List.of(CHARITY))).contains("Registered charity");
    assertThat(OpenRecord.legalStatus("charity", List.of())).contains("Charity");
    assertThat(OpenRecord.legalStatus("CIO", List.of()))
        .contains("Charitable incorporated organisation");
    assertThat(OpenRecord.legalStatus("council", List.of(COUNCIL))).contains("Local authority");
    assertThat(OpenRecord.legalStatus("NHS body", List.of(NHS))).contains("NHS body");
    assertThat(OpenRecord.legalStatus("social enterprise", List.of(COMPANY)))
        .contains("Registered company");
    assertThat(OpenRecord.legalStatus("community group", List.of(CHARITY)))
        .contains("Registered charity");
  }

  @Test
  void unincorporatedGroupsHaveNoLegalStatusTheRegisterCouldVouchFor() {
    assertThat(OpenRecord.legalStatus("community group", List.of())).isEmpty();
    assertThat(OpenRecord.legalStatus("faith group", List.of())).isEmpty();
    assertThat(OpenRecord.legalStatus("an unknown kind", List.of())).isEmpty();
  }

  @Test
  void descriptionNamesSectorKindAreaAndSigningDate() {
    Organisation organisation = new Organisation();
    organisation.sector = "VCS";
    organisation.kind = "charity";
    organisation.area = "Stafford";
    organisation.signedOn = LocalDate.of(2009, 4, 1);

    assertThat(OpenRecord.description(organisation, "Stafford Borough Compact"))
        .isEqualTo("VCS charity in Stafford; signed the Stafford Borough Compact on 2009-04-01.");

    organisation.area = null;
    assertThat(OpenRecord.description(organisation, "Stafford Borough Compact"))
        .isEqualTo("VCS charity; signed the Stafford Borough Compact on 2009-04-01.");
  }
}
