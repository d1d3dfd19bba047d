package org.compact.signatory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class TransitionTest {

  @Test
  void aProspectMaySignOrBeDeleted() {
    assertThat(Transition.allowedActionsFrom(SignatoryStatus.PROSPECT))
        .containsExactly("sign", "delete");
  }

  @Test
  void aSignedOrganisationMayOnlyWithdraw() {
    assertThat(Transition.allowedActionsFrom(SignatoryStatus.SIGNED)).containsExactly("withdraw");
  }

  @Test
  void aWithdrawnOrganisationMayOnlyResign() {
    assertThat(Transition.allowedActionsFrom(SignatoryStatus.WITHDRAWN)).containsExactly("resign");
  }

  @Test
  void transitionsLeadFromTheirStatusToTheNext() {
    assertThat(Transition.SIGN.to()).isEqualTo(SignatoryStatus.SIGNED);
    assertThat(Transition.WITHDRAW.to()).isEqualTo(SignatoryStatus.WITHDRAWN);
    assertThat(Transition.RESIGN.to()).isEqualTo(SignatoryStatus.SIGNED);
    assertThat(Transition.DELETE.to()).isNull();
  }

  @Test
  void anIllegalTransitionIsAConflictListingTheAllowedOnes() {
    assertThatThrownBy(() -> Transition.RESIGN.requireAllowedFrom(SignatoryStatus.SIGNED))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.extensions())
                  .containsEntry("currentStatus", "SIGNED")
                  .containsEntry("allowedTransitions", java.util.List.of("withdraw"));
            });
  }
}
