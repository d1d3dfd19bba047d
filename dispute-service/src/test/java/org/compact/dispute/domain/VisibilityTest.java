package org.compact.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;
import static org.compact.dispute.domain.Actor.PARTY;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.compact.dispute.domain.Visibility.CaseField;
import org.junit.jupiter.api.Test;

/** The confidentiality tiers, viewer by viewer. */
class VisibilityTest {
  private static final Set<Actor> PANEL_ONLY = EnumSet.of(PANEL);
  private static final Set<Actor> PARTY_ONLY = EnumSet.of(PARTY);
  private static final Set<Actor> ADMIN_ONLY = EnumSet.of(COMPACT_ADMIN);
  private static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);

  /** Expected readers of each field: [panel, party, admin]. */
  private static final Map<CaseField, boolean[]> EXPECTED =
      Map.ofEntries(
          Map.entry(CaseField.STATUS_AND_DATES, new boolean[] {true, true, true}),
          Map.entry(CaseField.PARTIES, new boolean[] {true, true, true}),
          Map.entry(CaseField.COMPLAINT, new boolean[] {true, true, true}),
          Map.entry(CaseField.REFERRAL, new boolean[] {true, true, true}),
          Map.entry(CaseField.DEADLINES, new boolean[] {true, true, true}),
          Map.entry(CaseField.RELATEDNESS, new boolean[] {true, true, true}),
          Map.entry(CaseField.OUTCOME, new boolean[] {true, true, true}),
          Map.entry(CaseField.HEARING_DATES, new boolean[] {true, true, true}),
          Map.entry(CaseField.HEARING_LATE_REASON, new boolean[] {true, false, true}),
          Map.entry(CaseField.REPRESENTATIVES, new boolean[] {true, true, false}),
          Map.entry(CaseField.PANEL_MEMBERS, new boolean[] {true, false, true}),
          Map.entry(CaseField.DECLARED_CONFLICTS, new boolean[] {true, false, true}),
          Map.entry(CaseField.ALLOWED_NEXT_STEPS, new boolean[] {true, true, true}));

  @Test
  void everyViewerSeesExactlyTheFieldsOfItsTier() {
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(CaseField.values());
    EXPECTED.forEach(
        (field, expected) -> {
          assertThat(field.visibleTo(PANEL_ONLY)).as("panel reads " + field).isEqualTo(expected[0]);
          assertThat(field.visibleTo(PARTY_ONLY)).as("party reads " + field).isEqualTo(expected[1]);
          assertThat(field.visibleTo(ADMIN_ONLY)).as("admin reads " + field).isEqualTo(expected[2]);
          assertThat(field.visibleTo(NOBODY)).as("nobody reads " + field).isFalse();
        });
  }

  @Test
  void adminNeverSeesRepresentativesButPartiesDo() {
    assertThat(CaseField.REPRESENTATIVES.readers()).containsExactlyInAnyOrder(PARTY, PANEL);
  }

  @Test
  void panelNotesAreForThePanelOnly() {
    StageDefinition stage2 = Procedures.stafford().stage("STAGE_2");
    assertThat(Visibility.readersOf(RecordKind.PANEL_NOTE, stage2)).containsExactly(PANEL);
    assertThat(Visibility.readersOf(RecordKind.HEARING_NOTE, stage2)).containsExactly(PANEL);
  }

  @Test
  void lettersBetweenPartiesAreNotForTheSteeringGroupAtStafford() {
    for (StageDefinition stage : Procedures.stafford().stages()) {
      assertThat(Visibility.readersOf(RecordKind.LETTER, stage))
          .as(stage.name())
          .containsExactlyInAnyOrder(PARTY, PANEL);
    }
  }

  @Test
  void lettersAreReadByTheCvsWhereItHandlesTheCase() {
    StageDefinition step2 = Procedures.richmond().stage("STEP_2");
    assertThat(Visibility.readersOf(RecordKind.SUBMISSION, step2))
        .containsExactlyInAnyOrder(PARTY, PANEL, COMPACT_ADMIN);
  }

  @Test
  void chairsReportsGoToTheSteeringGroupNotTheParties() {
    StageDefinition stage2 = Procedures.stafford().stage("STAGE_2");
    assertThat(Visibility.readersOf(RecordKind.CCRG_REPORT, stage2))
        .containsExactlyInAnyOrder(PANEL, COMPACT_ADMIN);
  }

  @Test
  void updatesAndResolutionReportsAreReadByEveryoneOnTheCase() {
    StageDefinition stage1 = Procedures.stafford().stage("STAGE_1");
    assertThat(Visibility.readersOf(RecordKind.UPDATE, stage1))
        .containsExactlyInAnyOrder(PARTY, PANEL, COMPACT_ADMIN);
    assertThat(Visibility.readersOf(RecordKind.RESOLUTION_REPORT, stage1))
        .containsExactlyInAnyOrder(PARTY, PANEL, COMPACT_ADMIN);
  }

  @Test
  void learningIsConfidentialAtStaffordButSharedWithThePartiesAtRichmond() {
    assertThat(Visibility.summaryReaders(Procedures.stafford()))
        .containsExactlyInAnyOrder(PANEL, COMPACT_ADMIN);
    assertThat(Visibility.summaryReaders(Procedures.richmond()))
        .containsExactlyInAnyOrder(PANEL, COMPACT_ADMIN, PARTY);
  }
}
