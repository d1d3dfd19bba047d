package org.compact.signatory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class OrganisationDetailsTest {
  static final List<String> SECTORS = List.of("VCS", "PUBLIC", "PRIVATE");

  @Test
  void theSectorIsOneOfTheConfiguredSectorsAndTheKindOneOfTheKnownKinds() {
    assertThatThrownBy(
            () ->
                OrganisationDetails.validated(
                    "X", "MARTIAN", "spaceship", null, null, null, List.of(), SECTORS))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.violations())
                  .extracting(Problem.Violation::field)
                  .containsExactly("sector", "kind");
              assertThat(e.getMessage()).contains("MARTIAN");
            });
  }

  @Test
  void kindsAreAcceptedInAnySpellingAndStoredAsTheirLabel() {
    assertThat(OrganisationKind.parse("COMMUNITY_GROUP"))
        .contains(OrganisationKind.COMMUNITY_GROUP);
    assertThat(OrganisationKind.parse("nhs-body")).contains(OrganisationKind.NHS_BODY);
    assertThat(OrganisationKind.parse(" BME  group ")).contains(OrganisationKind.BME_GROUP);
    assertThat(OrganisationKind.parse("cio")).contains(OrganisationKind.CIO);
    assertThat(OrganisationKind.parse("pub")).isEmpty();
    OrganisationDetails details =
        OrganisationDetails.validated(
            " Stafford Borough Council ",
            "PUBLIC",
            "COUNCIL",
            " ",
            " Stafford ",
            "",
            List.of(new OrgIdentifier.Raw("GB-LAE", "stf")),
            SECTORS);
    assertThat(details.name()).isEqualTo("Stafford Borough Council");
    assertThat(details.kind()).isEqualTo("council");
    assertThat(details.address()).isNull();
    assertThat(details.area()).isEqualTo("Stafford");
    assertThat(details.website()).isNull();
    assertThat(details.identifiers()).containsExactly(new OrgIdentifier("GB-LAE", "STF"));
  }

  @Test
  void identifierRulesAreReportedTogetherWithTheOtherRules() {
    assertThatThrownBy(
            () ->
                OrganisationDetails.validated(
                    "X",
                    "VCS",
                    "unknown kind",
                    null,
                    null,
                    null,
                    List.of(new OrgIdentifier.Raw("GB-CHC", "12")),
                    SECTORS))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Problem.Violation::field)
                    .containsExactly("kind", "identifiers[0].id"));
  }
}
