import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Generated action plan tables (the import endpoint's columns), as CSV or XLSX. */
final class PlanTable {
  static final List<String> HEADER =
      List.of("Theme", "Objective", "Action", "Priority", "Timescale", "Responsibility", "Resources",
          "Key measures of success");
  private static final String[] PRIORITIES = {"High", "Medium/High", "Medium", "Low"};
  private static final String[] TIMESCALES = {"March 2027", "Ongoing", "June 2027", "Quarterly", "December 2026"};

  private PlanTable() {}

  /** Row i (0-based) of a plan with {@code actions} actions: 10 themes, 20 objectives each. */
  static List<String> row(int i, int actions) {
    int perTheme = Math.max(1, actions / 10);
    int perObjective = Math.max(1, perTheme / 20);
    int theme = i / perTheme + 1;
    int objective = (i % perTheme) / perObjective + 1;
    return List.of(
        "Theme " + theme,
        "Objective " + theme + "." + objective,
        "Action " + (i + 1) + ": review the local arrangements and report back",
        PRIORITIES[i % PRIORITIES.length],
        TIMESCALES[i % TIMESCALES.length],
        "Bench Council",
        "Officer time",
        "Report to the steering group");
  }

  static byte[] csv(int actions) {
    StringBuilder sb = new StringBuilder(actions * 160);
    sb.append(String.join(",", HEADER)).append("\r\n");
    for (int i = 0; i < actions; i++) {
      List<String> r = row(i, actions);
      for (int c = 0; c < r.size(); c++) {
        if (c > 0) {
          sb.append(',');
        }
        String cell = r.get(c);
        sb.append(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      sb.append("\r\n");
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] xlsx(int actions) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Sheet sheet = wb.createSheet("Action plan");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      for (int i = 0; i < actions; i++) {
        Row row = sheet.createRow(i + 1);
        List<String> r = row(i, actions);
        for (int c = 0; c < r.size(); c++) {
          row.createCell(c).setCellValue(r.get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
