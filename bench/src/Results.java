import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's figures: table rows (figure, target, ratio, verdict) plus raw details for the JSON. */
final class Results {
  /**
   * One line of the table. {@code ratio}: for throughput rows the figure divided by its reference
   * (ceiling or baseline), to be at least the target factor; for latency, time and memory rows the
   * figure divided by its limit, to stay under 1.
   */
  record Row(String stage, String measure, double value, String unit, String target, Double ratio, Boolean pass, String note) {}

  final List<Row> rows = new ArrayList<>();
  final Map<String, Object> details = new LinkedHashMap<>();
  final Map<String, String> errors = new LinkedHashMap<>();

  /** Throughput against a reference measured in the same run (ceiling, baseline). */
  void vsReference(String stage, String measure, double value, String unit, double reference, String referenceName,
      double minRatio, String note) {
    Double ratio = Double.isNaN(value) || !(reference > 0) ? null : value / reference;
    rows.add(new Row(stage, measure, value, unit,
        "≥ " + Tools.fmt(minRatio) + " × " + referenceName + " " + Tools.fmt(reference) + " " + unit, ratio,
        ratio == null ? null : ratio >= minRatio, note));
  }

  /** A figure that must stay under {@code max} (latency, memory, time). */
  void under(String stage, String measure, double value, String unit, double max, String note) {
    Double ratio = Double.isNaN(value) || value < 0 ? null : value / max;
    rows.add(new Row(stage, measure, value, unit, "< " + Tools.fmt(max) + " " + unit, ratio,
        ratio == null ? null : value < max, note));
  }

  /** A figure without a target of its own (rates, sizes). */
  void info(String stage, String measure, double value, String unit, String note) {
    rows.add(new Row(stage, measure, value, unit, "", null, null, note));
  }

  void detail(String key, Object value) {
    details.put(key, value);
  }

  String table() {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"stage", "measure", "figure", "target", "ratio", "ok", "note"});
    for (Row r : rows) {
      lines.add(new String[] {r.stage(), r.measure(), Tools.fmt(r.value()) + (r.unit().isEmpty() ? "" : " " + r.unit()),
          r.target(), r.ratio() == null ? "" : Tools.fmt(r.ratio()), r.pass() == null ? "" : r.pass() ? "yes" : "NO",
          r.note() == null ? "" : r.note()});
    }
    errors.forEach((stage, error) -> lines.add(new String[] {stage, "FAILED", "", "", "", "NO", Ctx.abbreviate(error)}));
    int[] widths = new int[7];
    for (String[] l : lines) {
      for (int i = 0; i < 7; i++) {
        widths[i] = Math.max(widths[i], l[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int n = 0; n < lines.size(); n++) {
      String[] l = lines.get(n);
      sb.append("|");
      for (int i = 0; i < 7; i++) {
        String cell = l[i];
        boolean right = i == 2 || i == 4;
        sb.append(' ').append(right ? pad(cell, widths[i], true) : pad(cell, widths[i], false)).append(" |");
      }
      sb.append('\n');
      if (n == 0) {
        sb.append("|");
        for (int i = 0; i < 7; i++) {
          sb.append(' ').append("-".repeat(Math.max(3, widths[i]))).append(" |");
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String pad(String s, int w, boolean right) {
    String spaces = " ".repeat(Math.max(0, w - s.length()));
    return right ? spaces + s : s + spaces;
  }

  void writeJson(Path file, Map<String, Object> header) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>(header);
    List<Map<String, Object>> rowMaps = new ArrayList<>();
    for (Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stage", r.stage());
      m.put("measure", r.measure());
      m.put("value", Double.isNaN(r.value()) ? null : r.value());
      m.put("unit", r.unit());
      m.put("target", r.target());
      m.put("ratio", r.ratio());
      m.put("pass", r.pass());
      m.put("note", r.note());
      rowMaps.add(m);
    }
    json.put("rows", rowMaps);
    json.put("errors", errors);
    json.put("details", details);
    Files.createDirectories(file.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
  }

  /** Replaces the text between the latest-run markers of the README. */
  static void rewriteReadme(Path readme, String block, String name) throws IOException {
    String start = "<!-- bench:" + name + ":start -->";
    String end = "<!-- bench:" + name + ":end -->";
    String text = Files.exists(readme) ? Files.readString(readme) : "";
    int a = text.indexOf(start);
    int b = text.indexOf(end);
    String replaced;
    if (a >= 0 && b > a) {
      replaced = text.substring(0, a + start.length()) + "\n" + block + text.substring(b);
    } else {
      // a new block goes before the findings (or at the end)
      String section = start + "\n" + block + end + "\n\n";
      int findings = text.indexOf("## Findings");
      replaced = findings >= 0 ? text.substring(0, findings) + section + text.substring(findings) : text + "\n" + section;
    }
    Files.writeString(readme, replaced);
  }
}
