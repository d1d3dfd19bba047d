package org.compact.systemtests.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A real XLSX whose action cells are formulas, as a hostile spreadsheet would carry. */
final class FormulaWorkbook {
  private FormulaWorkbook() {}

  static byte[] withFormulaCells() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Plan");
      Row header = sheet.createRow(0);
      String[] titles = {"Objective", "Action", "Priority", "Timescale", "Lead"};
      for (int i = 0; i < titles.length; i++) {
        header.createCell(i).setCellValue(titles[i]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellFormula("HYPERLINK(\"https://evil.example/\",\"Click me\")");
      row.createCell(1).setCellFormula("1+1");
      row.createCell(2).setCellValue("High");
      row.createCell(3).setCellFormula("\"June \"&\"2003\"");
      row.createCell(4).setCellFormula("CONCATENATE(\"cmd|\",\"' /C calc'!A0\")");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
