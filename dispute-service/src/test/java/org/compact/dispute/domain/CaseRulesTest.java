package org.compact.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Referral completeness, representatives and anonymity. */
class CaseRulesTest {
  private static final List<String> CODES = List.of("CONSULTATION", "FUNDING");
  private final UUID complainant = UUID.randomUUID();
  private final UUID respondent = UUID.randomUUID();

  @Test
  void referralListsEachMissingItem() {
    Referral empty = new Referral(List.of(), List.of(), null, " ", null, null);
    assertThat(empty.problems(complainant, Set.of(respondent), CODES))
        .extracting("field")
        .containsExactly("organisations", "commitments", "natureOfDifference", "whatHasBeenDone");
    assertThatThrownBy(() -> empty.requireComplete(complainant, Set.of(respondent), CODES))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations()).hasSize(4));
  }

  @Test
  void completeReferralNamesBothSidesCommitmentNatureAndWhatWasDone() {
    Referral referral =
        new Referral(
            List.of(complainant, respondent),
            List.of("CONSULTATION"),
            null,
            "Too short",
            "A letter",
            null);
    assertThat(referral.problems(complainant, Set.of(respondent), CODES)).isEmpty();
  }

  @Test
  void referralCommitmentMayBeFreeText() {
    Referral referral =
        new Referral(
            List.of(complainant, respondent),
            List.of(),
            "Twelve weeks",
            "Too short",
            "A letter",
            null);
    assertThat(referral.problems(complainant, Set.of(respondent), CODES)).isEmpty();
  }

  @Test
  void referralMustNameTheRespondentAndOnlyParties() {
    UUID stranger = UUID.randomUUID();
    Referral referral =
        new Referral(List.of(complainant, stranger), List.of("CONSULTATION"), null, "n", "w", null);
    assertThat(referral.problems(complainant, Set.of(respondent), CODES))
        .extracting("message")
        .anyMatch(m -> m.toString().contains("at least one respondent"))
        .anyMatch(m -> m.toString().contains(stranger + " is not a party"));
  }

  @Test
  void referralCommitmentCodesComeFromTheCatalogue() {
    Referral referral =
        new Referral(List.of(complainant, respondent), List.of("GOLF"), null, "n", "w", null);
    assertThat(referral.problems(complainant, Set.of(respondent), CODES))
        .extracting("field")
        .containsExactly("commitments");
  }

  @Test
  void atMostTwoRepresentativesPerParty() {
    List<Representative> three =
        List.of(
            new Representative("A", "Org", false),
            new Representative("B", "Org", false),
            new Representative("C", "Org", false));
    assertThatThrownBy(() -> Representative.checkNomination(three))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.violations()).extracting("field").containsExactly("representatives"));
  }

  @Test
  void atMostOneRepresentativeFromASupportingOrganisation() {
    List<Representative> twoSupporting =
        List.of(new Representative("A", "CVS", true), new Representative("B", "Advice", true));
    assertThatThrownBy(() -> Representative.checkNomination(twoSupporting))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("supporting");
  }

  @Test
  void twoRepresentativesOneFromASupportingOrganisationAreAllowed() {
    Representative.checkNomination(
        List.of(new Representative("A", "Own org", false), new Representative("B", "CVS", true)));
    Representative.checkNomination(List.of());
  }

  @Test
  void anonymisedSummaryMustNotNameAPartyOrPanelMember() {
    List<String> names = List.of("Stafford Community Forum", "ccrg-jane", "Jo");
    assertThat(Anonymity.namesFound("The STAFFORD community forum complained", names))
        .containsExactly("Stafford Community Forum");
    assertThat(
            Anonymity.namesFound("A voluntary organisation complained; ccrg-jane chaired", names))
        .containsExactly("ccrg-jane");
    assertThat(Anonymity.namesFound("A joint approach was agreed", names))
        .as("names shorter than 3 characters are not matched inside words")
        .isEmpty();
  }
}
