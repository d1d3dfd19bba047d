package org.compact.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ProcedureRulesTest {
  private final Procedure stafford = Procedures.stafford();
  private final Procedure richmond = Procedures.richmond();

  @Test
  void staffordStagesAreInformalThenStages1To3() {
    assertThat(stafford.stageNames()).containsExactly("INFORMAL", "STAGE_1", "STAGE_2", "STAGE_3");
  }

  @Test
  void cannotSkipFromInformalToStage2() {
    assertThatThrownBy(() -> stafford.requireNext("INFORMAL", "STAGE_2"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.extensions().get("allowedNextSteps"))
                  .isEqualTo(List.of("STAGE_1", "RESOLVED"));
            });
  }

  @Test
  void cannotGoBackOrStayAtTheSameStage() {
    assertThatThrownBy(() -> stafford.requireNext("STAGE_2", "STAGE_1"))
        .isInstanceOf(ProblemException.class)
        .extracting(e -> ((ProblemException) e).type())
        .isEqualTo(ProblemType.CONFLICT);
    assertThatThrownBy(() -> stafford.requireNext("STAGE_1", "STAGE_1"))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void stagesAdvanceOneAtATime() {
    assertThat(stafford.requireNext("INFORMAL", "STAGE_1").name()).isEqualTo("STAGE_1");
    assertThat(stafford.requireNext("STAGE_1", "STAGE_2").name()).isEqualTo("STAGE_2");
    assertThat(stafford.requireNext("STAGE_2", "STAGE_3").name()).isEqualTo("STAGE_3");
  }

  @Test
  void noStageAfterTheLast() {
    assertThatThrownBy(() -> stafford.requireNext("STAGE_3", "STAGE_3"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.extensions().get("allowedNextSteps"))
                    .isEqualTo(List.of("RESOLVED", "NO_FURTHER_RECOURSE")));
  }

  @Test
  void unknownStageIsARuleViolation() {
    assertThatThrownBy(() -> stafford.requireNext("INFORMAL", "STEP_2"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION));
  }

  @Test
  void anyStageMayEndResolved() {
    for (String stage : stafford.stageNames()) {
      assertThat(stafford.allowedNextSteps(stage)).contains("RESOLVED");
    }
    for (String stage : richmond.stageNames()) {
      assertThat(richmond.allowedNextSteps(stage)).contains("RESOLVED");
    }
  }

  @Test
  void eitherPartyMovesInformalToStage1() {
    assertThat(stafford.stage("STAGE_1").enteredBy()).containsExactly(Actor.PARTY);
  }

  @Test
  void stage1FormalLetterMustNameTheCommitment() {
    assertThat(stafford.stage("STAGE_1").letterMustNameCommitment()).isTrue();
    assertThat(stafford.stage("INFORMAL").letterMustNameCommitment()).isFalse();
  }

  @Test
  void stage2NeedsAReferralReceivedByTheSteeringGroupAndSeatsAPanelWithBothDeadlines() {
    StageDefinition stage2 = stafford.stage("STAGE_2");
    assertThat(stage2.enteredBy()).containsExactly(Actor.COMPACT_ADMIN);
    assertThat(stage2.referralRequired()).isTrue();
    assertThat(stage2.panelSits()).isTrue();
    assertThat(stage2.decidesRelatedness()).isTrue();
    assertThat(stage2.hearings()).isTrue();
    assertThat(stage2.deadlines())
        .containsExactly(DeadlineKind.PANEL_CONVENED, DeadlineKind.HEARING_HELD);
    assertThat(stage2.resolvedBy()).containsExactly(Actor.PANEL);
    assertThat(stage2.confidentialToPanel()).isTrue();
    assertThat(stage2.detailsVisibleToAdmin()).isFalse();
    assertThat(stafford.allowedNextSteps("STAGE_2"))
        .containsExactly("STAGE_3", "RESOLVED", "NOT_COMPACT_RELATED");
  }

  @Test
  void stage3IsCcrgSignpostingAndMayEndWithoutFurtherRecourse() {
    StageDefinition stage3 = stafford.stage("STAGE_3");
    assertThat(stage3.enteredBy()).containsExactly(Actor.PANEL);
    assertThat(stage3.unresolvedClose()).isEqualTo(UnresolvedClose.AFTER_SIGNPOSTING);
    assertThat(stafford.allowedNextSteps("STAGE_1")).doesNotContain("NO_FURTHER_RECOURSE");
  }

  @Test
  void staffordLearningIsConfidentialUntilApproved() {
    assertThat(stafford.learningConfidential()).isTrue();
  }

  @Test
  void richmondStep2IsHandledByCompactAdminAndStep3ByTheReviewBoardWithoutDeadlines() {
    assertThat(richmond.stageNames()).containsExactly("STEP_1", "STEP_2", "STEP_3");
    StageDefinition step2 = richmond.stage("STEP_2");
    assertThat(step2.resolvedBy()).containsExactly(Actor.COMPACT_ADMIN);
    assertThat(step2.detailsVisibleToAdmin()).isTrue();
    assertThat(step2.panelSits()).isFalse();
    StageDefinition step3 = richmond.stage("STEP_3");
    assertThat(step3.resolvedBy()).containsExactly(Actor.PANEL);
    assertThat(step3.panelSits()).isTrue();
    assertThat(step3.deadlines()).isEmpty();
    assertThat(richmond.stages()).allMatch(s -> s.deadlines().isEmpty());
    assertThat(richmond.learningConfidential()).isFalse();
  }

  @Test
  void procedureIsChosenByName() {
    assertThat(Procedures.of(ProcedureName.STAFFORD).name()).isEqualTo(ProcedureName.STAFFORD);
    assertThat(Procedures.of(ProcedureName.RICHMOND).stages()).hasSize(3);
    assertThat(Set.copyOf(Procedures.of(ProcedureName.RICHMOND).first().resolvedBy()))
        .contains(Actor.PARTY);
  }
}
