package org.compact.actionplan.domain.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a table file into rows of cell texts. TSV is the seeds' own format (text extracted from
 * Word tables: one line per row, tab-separated, no quoting); CSV is RFC 4180; XLSX is the first
 * sheet. Text files are UTF-8 (a BOM is skipped), else Windows-1252.
 */
public final class TableReader {
  private TableReader() {}

  public static List<SourceRow> read(byte[] data, TableFormat format) {
    return switch (format) {
      case TSV -> tsv(text(data));
      case CSV -> csv(text(data));
      case XLSX -> xlsx(data);
    };
  }

  static String text(byte[] data) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(data, Charset.forName("windows-1252"));
    }
  }

  private static List<SourceRow> tsv(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    int count = lines.length;
    if (count > 0 && lines[count - 1].isEmpty()) {
      count--; // the final line break ends the last row
    }
    List<SourceRow> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<String> cells = new ArrayList<>();
      for (String cell : lines[i].split("\t", -1)) {
        cells.add(FormulaEscaping.unescape(cell));
      }
      rows.add(new SourceRow(i + 1, cells));
    }
    return rows;
  }

  private static List<SourceRow> csv(String text) {
    List<SourceRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>();
        record.forEach(cell -> cells.add(FormulaEscaping.unescape(cell)));
        rows.add(new SourceRow((int) record.getRecordNumber(), cells));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new MalformedTableException("The CSV file cannot be read: " + rootMessage(e), e);
    }
    return rows;
  }

  private static List<SourceRow> xlsx(byte[] data) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
      if (workbook.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
      List<SourceRow> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
        }
        rows.add(new SourceRow(r + 1, cells));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new MalformedTableException("The XLSX file cannot be read: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
