package org.compact.reporting.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compact.reporting.domain.ReportFigures;
import org.compact.reporting.domain.ReportStatus;
import org.compact.reporting.domain.YearFigures;
import org.compact.reporting.service.ReportService;

/** What the printable HTML template renders: the rows of the CSV, charts and the text lists. */
public record ReportPage(
    String compact,
    String label,
    String previousLabel,
    String from,
    String to,
    ReportStatus status,
    List<Section> sections,
    List<Chart> charts,
    List<ReportFigures.ShortLeadIn> shortLeadIn,
    List<ReportFigures.DisputeSummary> summaries,
    List<ReportFigures.GoodPracticeExample> goodPractice) {

  /** An inline SVG chart and its caption. */
  public record Chart(String title, String svg) {}

  /** A table of the page: one section of the metric rows. */
  public record Section(String title, List<MetricRow> rows) {}

  private static final Map<String, String> TITLES =
      Map.of(
          "signatories", "Signatories",
          "actions", "Action plan",
          "consultations", "Consultations",
          "disputes", "Resolving differences (anonymised)",
          "disputeSummaries", "Published dispute summaries",
          "goodPractice", "Good practice");

  static ReportPage of(String compact, ReportService.Report report) {
    YearFigures current = report.content().current();
    YearFigures previous = report.content().previous();
    List<MetricRow> rows = MetricRows.of(report.content());
    List<Section> sections = new ArrayList<>();
    for (String section :
        List.of(
            "signatories",
            "actions",
            "consultations",
            "disputes",
            "disputeSummaries",
            "goodPractice")) {
      List<MetricRow> inSection = rows.stream().filter(r -> r.section().equals(section)).toList();
      if (!inSection.isEmpty()) {
        sections.add(new Section(TITLES.get(section), inSection));
      }
    }
    return new ReportPage(
        compact,
        current.label(),
        previous.label(),
        current.from().toString(),
        current.to().toString(),
        report.status(),
        sections,
        charts(rows, current.label(), previous.label()),
        current.figures().consultations().shortLeadIn(),
        current.figures().disputeSummaries(),
        current.figures().goodPractice());
  }

  private static List<Chart> charts(List<MetricRow> rows, String label, String previousLabel) {
    return List.of(
        chart(
            rows,
            "Signatories at year end by sector",
            "signatories",
            "signedAtYearEnd",
            label,
            previousLabel),
        chart(rows, "Actions by status at year end", "actions", "byStatus", label, previousLabel),
        chart(
            rows,
            "Consultations held by owner sector",
            "consultations",
            "heldBySector",
            label,
            previousLabel),
        chart(rows, "Disputes closed by outcome", "disputes", "byOutcome", label, previousLabel));
  }

  private static Chart chart(
      List<MetricRow> rows,
      String title,
      String section,
      String metric,
      String label,
      String previousLabel) {
    List<BarChart.Bar> bars =
        rows.stream()
            .filter(r -> r.section().equals(section) && r.metric().equals(metric))
            .filter(r -> !r.dimension().equals("ALL"))
            .map(r -> new BarChart.Bar(r.dimensionLabel(), r.value(), r.previousValue()))
            .toList();
    return new Chart(title, BarChart.svg(title, label, previousLabel, bars));
  }
}
