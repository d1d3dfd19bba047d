package org.compact.actionplan.domain.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compact.actionplan.domain.table.PlanDraft.ObjectiveDraft;
import org.compact.actionplan.domain.table.PlanDraft.SectionDraft;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.junit.jupiter.api.Test;

class FormatsAndRoundTripTest {
  private static final PlanTableImporter.Options OPTIONS =
      new PlanTableImporter.Options("Derbyshire Compact Action Plan", "2007-08", null);

  @Test
  void seedsSavedAsXlsxImportIdenticallyToTheTextFile() throws IOException {
    for (String seed : List.of(SeedFiles.SEED_000, SeedFiles.SEED_004)) {
      List<SourceRow> rows = TableReader.read(SeedFiles.bytes(seed), TableFormat.TSV);
      ImportResult fromText = PlanTableImporter.importRows(rows, OPTIONS);
      ImportResult fromXlsx =
          PlanTableImporter.importRows(TableReader.read(asXlsx(rows), TableFormat.XLSX), OPTIONS);
      assertThat(fromXlsx.plan()).isEqualTo(fromText.plan());
      assertThat(fromXlsx.rows()).isEqualTo(fromText.rows());
      assertThat(fromXlsx.warnings()).isEqualTo(fromText.warnings());
    }
  }

  @Test
  void seedsSavedAsCsvImportIdenticallyToTheTextFile() throws IOException {
    for (String seed : List.of(SeedFiles.SEED_000, SeedFiles.SEED_004)) {
      List<SourceRow> rows = TableReader.read(SeedFiles.bytes(seed), TableFormat.TSV);
      ImportResult fromText = PlanTableImporter.importRows(rows, OPTIONS);
      ImportResult fromCsv =
          PlanTableImporter.importRows(TableReader.read(asCsv(rows), TableFormat.CSV), OPTIONS);
      assertThat(fromCsv.plan()).isEqualTo(fromText.plan());
      assertThat(fromCsv.rows()).isEqualTo(fromText.rows());
    }
  }

  @Test
  void exportThenImportGivesTheSamePlanInCsvAndXlsx() {
    PlanDraft seed000 =
        PlanTableImporter.importRows(
                TableReader.read(SeedFiles.bytes(SeedFiles.SEED_000), TableFormat.TSV), OPTIONS)
            .plan();
    PlanDraft seed004 =
        PlanTableImporter.importRows(
                TableReader.read(SeedFiles.bytes(SeedFiles.SEED_004), TableFormat.TSV),
                PlanTableImporter.Options.none())
            .plan();
    for (PlanDraft plan : List.of(seed000, seed004, tricky())) {
      for (TableFormat format : List.of(TableFormat.CSV, TableFormat.XLSX)) {
        ImportResult back =
            PlanTableImporter.importRows(
                TableReader.read(PlanTableExporter.export(plan, format), format),
                PlanTableImporter.Options.none());
        assertThat(back.errors()).as(format + " " + plan.title()).isEmpty();
        assertThat(back.plan()).as(format + " " + plan.title()).isEqualTo(plan);
      }
    }
  }

  @Test
  void csvCellsThatCouldBeFormulasArePrefixedWithAnApostrophe() {
    String csv =
        new String(PlanTableExporter.export(tricky(), TableFormat.CSV), StandardCharsets.UTF_8);
    assertThat(csv).contains("'=SUM(A1:A9)", "'-Evaluate", "'+44 1283", "'@council", "''=quoted");
    assertThat(csv).doesNotContain(",=SUM", ",-Evaluate");
    assertThat(FormulaEscaping.escape("Ongoing")).isEqualTo("Ongoing");
    assertThat(FormulaEscaping.unescape("'fit for purpose'")).isEqualTo("'fit for purpose'");
  }

  @Test
  void tableWithoutHeaderIsAnErrorAndEveryRowIsReported() {
    ImportResult result =
        PlanTableImporter.importRows(
            List.of(
                new SourceRow(1, List.of("just", "some")), new SourceRow(2, List.of("text", ""))),
            OPTIONS);
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.errors().get(0).message()).contains("No header row");
    assertThat(result.rows()).extracting(ImportResult.RowOutcome::row).containsExactly(1, 2);
  }

  @Test
  void unparsedTimescaleAndUnknownPriorityAreWarningsNotErrors() {
    ImportResult result =
        PlanTableImporter.importRows(
            List.of(
                new SourceRow(1, List.of("Objective", "Action", "Priority", "Deadline")),
                new SourceRow(2, List.of("Aim", "Do it", "Urgent", "when funding allows"))),
            OPTIONS);
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).extracting(ImportResult.Issue::row).containsExactly(2, 2);
    ActionDraft action = result.plan().actions().get(0);
    assertThat(action.priority()).isNull();
    assertThat(action.timescale()).isEqualTo("when funding allows");
  }

  @Test
  void brokenXlsxIsMalformed() {
    assertThatThrownBy(
            () -> TableReader.read("not a zip".getBytes(StandardCharsets.UTF_8), TableFormat.XLSX))
        .isInstanceOf(MalformedTableException.class);
    assertThatThrownBy(
            () ->
                TableReader.read(
                    "a,\"unterminated\nb".getBytes(StandardCharsets.UTF_8), TableFormat.CSV))
        .isInstanceOf(MalformedTableException.class);
  }

  static PlanDraft tricky() {
    UUID lead = UUID.fromString("6f1c2b9e-1111-4c3a-9d6e-2f0a5b7c8d90");
    return new PlanDraft(
        "Tricky plan, with \"quotes\"",
        "2010-11",
        LocalDate.of(2010, 4, 20),
        List.of(
            new SectionDraft(
                "=Formulas",
                List.of(
                    new ObjectiveDraft(
                        "-Starts with a dash",
                        List.of(
                            new ActionDraft(
                                "=SUM(A1:A9)",
                                Priority.MEDIUM_HIGH,
                                "Completed March 2010",
                                "@council",
                                List.of(lead),
                                "+44 1283 000000",
                                "'=quoted already",
                                ActionStatus.COMPLETED),
                            new ActionDraft(
                                "-Evaluate information,\nover two lines",
                                Priority.LOW,
                                "3 months after adoption",
                                null,
                                List.of(),
                                null,
                                null,
                                ActionStatus.DROPPED))),
                    new ObjectiveDraft("An objective without actions", List.of()))),
            new SectionDraft("A section without objectives", List.of()),
            new SectionDraft(
                "Last",
                List.of(
                    new ObjectiveDraft(
                        "Aim",
                        List.of(
                            new ActionDraft(
                                "Plain",
                                null,
                                null,
                                "Lead",
                                List.of(),
                                null,
                                null,
                                ActionStatus.IN_PROGRESS)))))));
  }

  static byte[] asXlsx(List<SourceRow> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Plan");
      for (SourceRow source : rows) {
        Row row = sheet.createRow(source.number() - 1);
        for (int c = 0; c < source.cells().size(); c++) {
          String text = source.cells().get(c);
          if (!text.isEmpty()) { // as a spreadsheet saves it: no empty cells
            row.createCell(c).setCellValue(text);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static byte[] asCsv(List<SourceRow> rows) throws IOException {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (SourceRow row : rows) {
        printer.printRecord(row.cells());
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
