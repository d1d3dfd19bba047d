package org.compact.actionplan.domain.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compact.actionplan.domain.table.PlanDraft.ObjectiveDraft;
import org.compact.actionplan.domain.table.PlanDraft.SectionDraft;

/**
 * Writes a plan as a table that {@link PlanTableImporter} reads back into the same plan: title,
 * "Period" and "Adopted on" rows, then a header with a Theme column and one row per action (its
 * section and objective repeated), a row for each objective without actions and each section
 * without objectives. CSV cells are escaped against formula injection ({@link FormulaEscaping}).
 */
public final class PlanTableExporter {
  private static final List<ColumnRole> COLUMNS =
      List.of(
          ColumnRole.THEME,
          ColumnRole.OBJECTIVE,
          ColumnRole.ACTION,
          ColumnRole.PRIORITY,
          ColumnRole.TIMESCALE,
          ColumnRole.LEAD,
          ColumnRole.LEAD_SIGNATORY_IDS,
          ColumnRole.RESOURCES,
          ColumnRole.MEASURES,
          ColumnRole.STATUS);

  private PlanTableExporter() {}

  public static byte[] export(PlanDraft plan, TableFormat format) {
    List<List<String>> rows = rows(plan);
    return switch (format) {
      case CSV -> csv(rows);
      case XLSX -> xlsx(rows);
      case TSV -> throw new IllegalArgumentException("TSV is an import format only");
    };
  }

  static List<List<String>> rows(PlanDraft plan) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(nz(plan.title())));
    if (plan.period() != null) {
      rows.add(List.of("Period", plan.period()));
    }
    if (plan.adoptedOn() != null) {
      rows.add(List.of("Adopted on", plan.adoptedOn().toString()));
    }
    rows.add(COLUMNS.stream().map(ColumnRole::exportHeader).toList());
    for (SectionDraft section : plan.sections()) {
      String theme = nz(section.title());
      if (section.objectives().isEmpty()) {
        rows.add(List.of(theme));
      }
      for (ObjectiveDraft objective : section.objectives()) {
        String objectiveText = nz(objective.text());
        if (objective.actions().isEmpty()) {
          rows.add(List.of(theme, objectiveText));
        }
        for (ActionDraft action : objective.actions()) {
          rows.add(
              List.of(
                  theme,
                  objectiveText,
                  nz(action.description()),
                  PriorityText.write(action.priority()),
                  nz(action.timescale()),
                  nz(action.lead()),
                  action.leadSignatoryIds().stream()
                      .map(UUID::toString)
                      .collect(Collectors.joining(";")),
                  nz(action.resources()),
                  nz(action.measuresOfSuccess()),
                  action.status().name()));
        }
      }
    }
    return rows;
  }

  private static byte[] csv(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CSVPrinter printer =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(FormulaEscaping::escape).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Action plan");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            row.createCell(c).setCellValue(cells.get(c));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
