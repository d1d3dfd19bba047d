package org.compact.signatory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class OrgIdentifierTest {

  @Test
  void identifiersAreStoredNormalised() {
    List<OrgIdentifier> identifiers =
        OrgIdentifier.normaliseAll(
            List.of(
                new OrgIdentifier.Raw("gb-chc", " 1123456 "),
                new OrgIdentifier.Raw("GB-COH", "sc 1234")));
    assertThat(identifiers)
        .containsExactly(
            new OrgIdentifier("GB-CHC", "1123456"), new OrgIdentifier("GB-COH", "SC001234"));
    assertThat(identifiers.get(1).orgId()).isEqualTo("GB-COH-SC001234");
  }

  @Test
  void noIdentifiersIsAllowed() {
    assertThat(OrgIdentifier.normaliseAll(null)).isEmpty();
    assertThat(OrgIdentifier.normaliseAll(List.of())).isEmpty();
  }

  @Test
  void anOrganisationHasAtMostOneIdentifierPerScheme() {
    assertThatThrownBy(
            () ->
                OrgIdentifier.normaliseAll(
                    List.of(
                        new OrgIdentifier.Raw("GB-CHC", "1123456"),
                        new OrgIdentifier.Raw("GB-CHC", "202918"))))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.violations())
                  .extracting(Problem.Violation::field)
                  .containsExactly("identifiers[1].scheme");
            });
  }

  @Test
  void everyUnknownSchemeAndInvalidValueIsReportedWithItsPosition() {
    assertThatThrownBy(
            () ->
                OrgIdentifier.normaliseAll(
                    List.of(
                        new OrgIdentifier.Raw("US-EIN", "12-3456789"),
                        new OrgIdentifier.Raw("GB-CHC", "1123456"),
                        new OrgIdentifier.Raw("GB-COH", "XX123456"))))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Problem.Violation::field)
                  .containsExactly("identifiers[0].scheme", "identifiers[2].id");
              assertThat(e.violations().get(1).message())
                  .contains("XX123456")
                  .contains("GB-COH")
                  .contains("SC, NI, OC");
            });
  }
}
