package org.compact.signatory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class OrganisationLifecycleTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  static final List<String> CATALOGUE = List.of("FUNDING", "CONSULTATION");

  static Organisation prospect() {
    OrganisationDetails details =
        new OrganisationDetails("Test Org", "VCS", "charity", null, null, null, List.of());
    return Organisation.prospect(UUID.randomUUID(), details, TODAY, Instant.now());
  }

  @Test
  void signingCommitsToTheWholeCatalogueOnTheGivenDate() {
    Organisation organisation = prospect();
    organisation.sign(LocalDate.of(2009, 4, 1), " Chief Executive ", CATALOGUE, TODAY);
    assertThat(organisation.status).isEqualTo(SignatoryStatus.SIGNED);
    assertThat(organisation.signedOn).isEqualTo(LocalDate.of(2009, 4, 1));
    assertThat(organisation.signedBy).isEqualTo("Chief Executive");
    assertThat(organisation.codesOfPractice).containsExactlyElementsOf(CATALOGUE);
    assertThat(organisation.isPublic()).isTrue();
  }

  @Test
  void signingWithoutADateSignsToday() {
    Organisation organisation = prospect();
    organisation.sign(null, "Chair", CATALOGUE, TODAY);
    assertThat(organisation.signedOn).isEqualTo(TODAY);
  }

  @Test
  void signingNeedsWhoSignedAndADateNotInTheFuture() {
    Organisation organisation = prospect();
    assertThatThrownBy(() -> organisation.sign(TODAY.plusDays(1), " ", CATALOGUE, TODAY))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.violations())
                  .extracting(Problem.Violation::field)
                  .containsExactly("signedBy", "signedOn");
            });
    assertThat(organisation.status).isEqualTo(SignatoryStatus.PROSPECT);
  }

  @Test
  void onlyAProspectCanSign() {
    Organisation organisation = prospect();
    organisation.sign(TODAY, "Chair", CATALOGUE, TODAY);
    assertThatThrownBy(() -> organisation.sign(TODAY, "Chair", CATALOGUE, TODAY))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.extensions())
                    .containsEntry("allowedTransitions", List.of("withdraw")));
  }

  @Test
  void withdrawingNeedsAReasonAndADateBetweenSigningAndToday() {
    Organisation organisation = prospect();
    organisation.sign(LocalDate.of(2009, 4, 1), "Chair", CATALOGUE, TODAY);
    assertThatThrownBy(() -> organisation.withdraw(LocalDate.of(2009, 3, 31), null, TODAY))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Problem.Violation::field)
                    .containsExactly("reason", "withdrawnOn"));
    assertThatThrownBy(() -> organisation.withdraw(TODAY.plusDays(1), "Closed", TODAY))
        .isInstanceOf(ProblemException.class);
    assertThat(organisation.status).isEqualTo(SignatoryStatus.SIGNED);

    organisation.withdraw(LocalDate.of(2011, 3, 31), " Closed ", TODAY);
    assertThat(organisation.status).isEqualTo(SignatoryStatus.WITHDRAWN);
    assertThat(organisation.withdrawnOn).isEqualTo(LocalDate.of(2011, 3, 31));
    assertThat(organisation.withdrawalReason).isEqualTo("Closed");
    assertThat(organisation.isPublic()).isFalse();
  }

  @Test
  void aProspectCannotWithdrawOrResign() {
    Organisation organisation = prospect();
    assertThatThrownBy(() -> organisation.withdraw(TODAY, "x", TODAY))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.extensions())
                    .containsEntry("currentStatus", "PROSPECT")
                    .containsEntry("allowedTransitions", List.of("sign", "delete")));
    assertThatThrownBy(() -> organisation.resign(TODAY, "x", CATALOGUE, TODAY))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void reSigningRecommitsToTheCurrentCatalogueNotBeforeTheWithdrawal() {
    Organisation organisation = prospect();
    organisation.sign(LocalDate.of(2009, 4, 1), "Chair", List.of("OLD_CODE"), TODAY);
    organisation.withdraw(LocalDate.of(2011, 3, 31), "Closed", TODAY);
    assertThatThrownBy(
            () -> organisation.resign(LocalDate.of(2011, 3, 30), "Chair", CATALOGUE, TODAY))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Problem.Violation::field)
                    .containsExactly("signedOn"));
    organisation.resign(LocalDate.of(2012, 1, 5), "New chair", CATALOGUE, TODAY);
    assertThat(organisation.status).isEqualTo(SignatoryStatus.SIGNED);
    assertThat(organisation.signedOn).isEqualTo(LocalDate.of(2012, 1, 5));
    assertThat(organisation.codesOfPractice).containsExactlyElementsOf(CATALOGUE);
    assertThatThrownBy(() -> organisation.resign(TODAY, "x", CATALOGUE, TODAY))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void onlyAProspectCanBeDeletedOthersAreWithdrawn() {
    Organisation organisation = prospect();
    organisation.requireDeletable();
    organisation.sign(TODAY, "Chair", CATALOGUE, TODAY);
    assertThatThrownBy(organisation::requireDeletable)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.getMessage()).contains("withdraw it instead");
            });
  }

  @Test
  void applyingDetailsReportsWhatChanged() {
    Organisation organisation = prospect();
    List<String> changed =
        organisation.apply(
            new OrganisationDetails(
                "Test Org",
                "VCS",
                "CIO",
                null,
                "Stafford",
                null,
                List.of(new OrgIdentifier("GB-CHC", "1123456"))),
            Instant.now());
    assertThat(changed).containsExactly("kind", "area", "identifiers");
    assertThat(
            organisation.apply(
                new OrganisationDetails(
                    "Test Org",
                    "VCS",
                    "CIO",
                    null,
                    "Stafford",
                    null,
                    List.of(new OrgIdentifier("GB-CHC", "1123456"))),
                Instant.now()))
        .isEmpty();
  }
}
