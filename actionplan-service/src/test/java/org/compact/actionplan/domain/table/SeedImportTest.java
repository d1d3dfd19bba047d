package org.compact.actionplan.domain.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compact.actionplan.domain.table.ImportResult.RowRole;
import org.compact.actionplan.domain.table.PlanDraft.ObjectiveDraft;
import org.compact.actionplan.domain.table.PlanDraft.SectionDraft;
import org.compact.contracts.actionplan.Priority;
import org.junit.jupiter.api.Test;

/**
 * The raw seed files imported as they are (OCR noise included). Expected counts and texts were
 * derived by reading the seeds by hand (line numbers are the seed files' own).
 */
class SeedImportTest {

  static ImportResult seed000() {
    return PlanTableImporter.importRows(
        TableReader.read(SeedFiles.bytes(SeedFiles.SEED_000), TableFormat.TSV),
        new PlanTableImporter.Options("Derbyshire Compact Action Plan", "2007-08", null));
  }

  static ImportResult seed004() {
    return PlanTableImporter.importRows(
        TableReader.read(SeedFiles.bytes(SeedFiles.SEED_004), TableFormat.TSV),
        PlanTableImporter.Options.none());
  }

  @Test
  void seed000YieldsSixSectionsFifteenObjectivesAndThirtyThreeActions() {
    ImportResult result = seed000();
    assertThat(result.errors()).isEmpty();
    PlanDraft plan = result.plan();
    assertThat(plan.sections())
        .extracting(SectionDraft::title)
        .containsExactly(
            "Local Compacts",
            "Raise Awareness of Derby yshire Compact",
            "Compact Implementation",
            "Codes of Practice",
            "Annual Review",
            "Compact development");
    assertThat(plan.sections())
        .extracting(s -> s.objectives().size())
        .containsExactly(3, 2, 5, 2, 1, 2);
    assertThat(plan.objectiveCount()).isEqualTo(15);
    // 32 rows carry a priority; "To promote the codes of good practice" (line 38) has none
    assertThat(plan.actionCount()).isEqualTo(33);
    assertThat(plan.actions().stream().filter(a -> a.priority() != null)).hasSize(32);
    assertThat(
            plan.sections().stream()
                .flatMap(s -> s.objectives().stream())
                .map(o -> o.actions().size())
                .toList())
        .containsExactly(4, 4, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 3, 2, 1);
  }

  @Test
  void seed000KeepsTextsWithWrappedCellsMerged() {
    PlanDraft plan = seed000().plan();
    ObjectiveDraft first = plan.sections().get(0).objectives().get(0);
    assertThat(first.text())
        .as("line 4's 'Compact' finishes the objective cell of line 3")
        .isEqualTo(
            "To encourage all new members of the Derbyshire Partnership Forum to sign up/become"
                + " involved in the Derbyshire Compact");
    assertThat(first.actions().get(0).description())
        .startsWith("Report to Derbyshire Partnership Forum (DPF)");
    assertThat(first.actions().get(0).timescale()).isEqualTo("Annually");
    assertThat(first.actions().get(0).lead()).isEqualTo("Lynn Allison-AVCVS");
    assertThat(first.actions().get(1).timescale()).isEqualTo("June-July 2007");
    assertThat(first.actions().get(1).description()).contains("\u2013 this includes");

    ObjectiveDraft raiseAwareness = plan.sections().get(1).objectives().get(0);
    assertThat(raiseAwareness.text())
        .as("lines 16-17 continue the objective above (text only in the first column)")
        .endsWith("future compact developments Members/Trustees Iviembers/Trustees");
    assertThat(raiseAwareness.actions().get(1).description())
        .as("line 18 lacks the empty objective cell and is shifted right")
        .startsWith("Voluntary and Community Sector Infrastructure Organisations");
    assertThat(raiseAwareness.actions().get(1).priority()).isEqualTo(Priority.HIGH);
    assertThat(raiseAwareness.actions().get(1).timescale())
        .isEqualTo(
            "Ongoing \u2013 many areas have widely promoted the Compact and are continuing to do"
                + " so");
    assertThat(raiseAwareness.actions().get(1).lead())
        .isEqualTo("All Voluntary and Community Sector Infrastructure Organisations");

    ObjectiveDraft bestPractice = plan.sections().get(1).objectives().get(1);
    assertThat(bestPractice.text()).isEqualTo("Evaluation, Developing/Sharing Best Practice");
    assertThat(bestPractice.actions().get(3).description())
        .isEqualTo("- Evaluate information from performance management system such as CorVu.");
    assertThat(bestPractice.actions().get(3).timescale()).isNull();
    assertThat(bestPractice.actions().get(3).lead()).isEqualTo("DCC");

    ObjectiveDraft promote = plan.sections().get(0).objectives().get(2);
    assertThat(promote.actions().get(0).priority())
        .as("'Medium Medium' is one action with MEDIUM")
        .isEqualTo(Priority.MEDIUM);
    assertThat(promote.actions().get(0).timescale()).isEqualTo("June 2007 Ongoing");

    ObjectiveDraft principles = plan.sections().get(2).objectives().get(2);
    assertThat(principles.actions().get(0).description())
        .as("an action row with an empty action cell is the objective itself")
        .isEqualTo(principles.text())
        .startsWith("To ensure that Compact principles");

    ObjectiveDraft evaluation = plan.sections().get(4).objectives().get(0);
    assertThat(evaluation.actions().get(2).priority()).isEqualTo(Priority.MEDIUM_HIGH);
    assertThat(evaluation.actions().get(2).lead()).isNull();
    ObjectiveDraft revision = plan.sections().get(5).objectives().get(1);
    assertThat(revision.text()).isEqualTo("Revision of the document");
    assertThat(revision.actions().get(0).timescale())
        .isEqualTo("Quarterly updates Full review annually");
  }

  @Test
  void seed000AccountsForEveryNonEmptyRow() {
    ImportResult result = seed000();
    Set<Integer> accounted =
        result.rows().stream().map(ImportResult.RowOutcome::row).collect(Collectors.toSet());
    List<SourceRow> source = TableReader.read(SeedFiles.bytes(SeedFiles.SEED_000), TableFormat.TSV);
    Set<Integer> nonEmpty =
        source.stream()
            .filter(r -> !r.isBlank())
            .map(SourceRow::number)
            .collect(Collectors.toSet());
    assertThat(accounted).isEqualTo(nonEmpty);
    assertThat(nonEmpty).hasSize(43);
    assertThat(roleOf(result, 1)).isEqualTo(RowRole.HEADER);
    assertThat(roleOf(result, 2)).isEqualTo(RowRole.SECTION);
    assertThat(roleOf(result, 13)).isEqualTo(RowRole.SECTION);
    assertThat(roleOf(result, 16)).isEqualTo(RowRole.OBJECTIVE_CONTINUATION);
    assertThat(roleOf(result, 17)).isEqualTo(RowRole.OBJECTIVE_CONTINUATION);
    assertThat(roleOf(result, 22)).isEqualTo(RowRole.OBJECTIVE);
    assertThat(roleOf(result, 38)).isEqualTo(RowRole.ACTION);
    assertThat(roleOf(result, 48)).isEqualTo(RowRole.ACTION);
    assertThat(result.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.row()).isEqualTo(12);
              assertThat(w.message()).contains("Medium Medium");
            });
  }

  @Test
  void seed004YieldsSixteenActionsUnderSixAims() {
    ImportResult result = seed004();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    PlanDraft plan = result.plan();
    assertThat(plan.title()).isEqualTo("Consultation Strategy Action Plan 2009-2010");
    assertThat(plan.period()).isEqualTo("2009-10");
    assertThat(plan.sections()).hasSize(1);
    assertThat(plan.sections().get(0).title()).isNull();
    List<ObjectiveDraft> aims = plan.sections().get(0).objectives();
    assertThat(aims).extracting(o -> o.actions().size()).containsExactly(5, 4, 1, 2, 2, 2);
    assertThat(plan.actionCount()).isEqualTo(16);
    assertThat(aims.get(0).text())
        .isEqualTo(
            "To effectively coordinate and disseminate the results of consultation activity.");
    assertThat(aims.get(5).text())
        .isEqualTo("Ensure we are meeting our legislative duty to involve");
    assertThat(plan.actions()).allSatisfy(a -> assertThat(a.priority()).isNull());
    assertThat(plan.actions()).allSatisfy(a -> assertThat(a.measuresOfSuccess()).isNotBlank());
    ActionDraft citizensPanel = aims.get(1).actions().get(1);
    assertThat(citizensPanel.description())
        .isEqualTo("Ongoing recruitment campaign of local people to join the citizens' panel.");
    assertThat(citizensPanel.measuresOfSuccess())
        .isEqualTo("Fifty new people added to the Citizens' Panel reserve list.");
    assertThat(citizensPanel.lead()).isEqualTo("Policy Officer (Consultation)");
    assertThat(citizensPanel.timescale()).isEqualTo("Ongoing");
    assertThat(aims.get(2).actions().get(0).timescale())
        .isEqualTo("Between October 2009 and March 2010");
    assertThat(aims.get(5).actions().get(1).timescale()).isEqualTo("August 2009");
  }

  @Test
  void seed004AccountsForEveryNonEmptyRow() {
    ImportResult result = seed004();
    assertThat(result.rows()).hasSize(18);
    assertThat(roleOf(result, 3)).isEqualTo(RowRole.TITLE);
    assertThat(roleOf(result, 5)).isEqualTo(RowRole.HEADER);
    assertThat(result.rows().stream().filter(r -> r.role() == RowRole.ACTION)).hasSize(16);
  }

  private static RowRole roleOf(ImportResult result, int row) {
    return result.rows().stream()
        .filter(r -> r.row() == row)
        .map(ImportResult.RowOutcome::role)
        .findFirst()
        .orElseThrow();
  }
}
