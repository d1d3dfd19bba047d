package org.compact.platform.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV with formula-injection protection: a cell starting with {@code = + - @} (or a tab or
 * carriage return, which spreadsheets also treat as formula starts) is prefixed with {@code '}, so
 * a spreadsheet shows it as text instead of evaluating it.
 */
public final class Csv {
  public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

  private Csv() {}

  public static String row(List<?> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = protect(value.toString());
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** Prefixes a cell a spreadsheet would read as a formula with {@code '}. */
  public static String protect(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
