package org.compact.reporting.api;

/**
 * One number of the report in the year and the previous year; {@code key} is
 * section.metric[.dimension], the same in the CSV and in the HTML page's data-metric attributes.
 */
public record MetricRow(
    String section, String metric, String dimension, long value, long previousValue) {
  public String key() {
    return dimension.isEmpty() ? section + "." + metric : section + "." + metric + "." + dimension;
  }
}
