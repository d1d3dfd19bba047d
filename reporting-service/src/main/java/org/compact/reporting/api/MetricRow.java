package org.compact.reporting.api;

/**
 * One number of the report in the year and the previous year; {@code key} is
 * section.metric[.dimension], the same in the CSV and in the HTML page's data-metric attributes.
 */
public record MetricRow(
    String section, String metric, String dimension, long value, long previousValue) {
  /** "newlySigned" → "Newly signed" (for people; the key stays machine-readable). */
  public String metricLabel() {
    return sentence(metric.replaceAll("([a-z])([A-Z])", "$1 $2"));
  }

  /** "NOT_STARTED" → "Not started"; sector codes (VCS, PUBLIC, ALL) are shown as they are. */
  public String dimensionLabel() {
    boolean sector = section.equals("signatories") || metric.contains("Sector");
    return sector ? dimension : sentence(dimension.replace('_', ' '));
  }

  static String sentence(String words) {
    String lower = words.toLowerCase(java.util.Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  public String key() {
    return dimension.isEmpty() ? section + "." + metric : section + "." + metric + "." + dimension;
  }
}
