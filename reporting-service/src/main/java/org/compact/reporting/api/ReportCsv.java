package org.compact.reporting.api;

import java.util.List;
import org.compact.platform.csv.Csv;

/** RFC 4180 CSV of the report's numbers; text cells are guarded against formula injection. */
public final class ReportCsv {
  static final String HEADER = "section,metric,dimension,year,previous_year";

  private ReportCsv() {}

  public static String of(List<MetricRow> rows) {
    StringBuilder csv = new StringBuilder();
    csv.append(HEADER).append("\r\n");
    for (MetricRow row : rows) {
      csv.append(cell(row.section()))
          .append(',')
          .append(cell(row.metric()))
          .append(',')
          .append(cell(row.dimension()))
          .append(',')
          .append(row.value())
          .append(',')
          .append(row.previousValue())
          .append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    return Csv.cell(value);
  }
}
