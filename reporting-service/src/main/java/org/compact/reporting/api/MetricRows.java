package org.compact.reporting.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compact.reporting.domain.ReportContent;
import org.compact.reporting.domain.ReportFigures;

/** Flattens the figures of a report (and of its previous year) into the rows of CSV and HTML. */
public final class MetricRows {
  private MetricRows() {}

  public static List<MetricRow> of(ReportContent content) {
    Map<String, Long> current = flatten(content.current().figures());
    Map<String, Long> previous =
        content.previous() == null ? Map.of() : flatten(content.previous().figures());
    Map<String, long[]> merged = new LinkedHashMap<>();
    current.forEach((k, v) -> merged.put(k, new long[] {v, previous.getOrDefault(k, 0L)}));
    previous.forEach((k, v) -> merged.putIfAbsent(k, new long[] {0L, v}));
    List<MetricRow> rows = new ArrayList<>();
    merged.forEach(
        (key, values) -> {
          String[] parts = key.split("\\|", -1);
          rows.add(new MetricRow(parts[0], parts[1], parts[2], values[0], values[1]));
        });
    return rows;
  }

  /** Insertion-ordered "section|metric|dimension" → value. */
  static Map<String, Long> flatten(ReportFigures f) {
    Map<String, Long> out = new LinkedHashMap<>();
    List<ReportFigures.SectorRow> sectors = new ArrayList<>(f.signatories().bySector());
    sectors.add(f.signatories().total());
    for (ReportFigures.SectorRow row : sectors) {
      put(out, "signatories", "newlySigned", row.sector(), row.newlySigned());
      put(out, "signatories", "withdrawn", row.sector(), row.withdrawn());
      put(out, "signatories", "signedAtYearEnd", row.sector(), row.signedAtYearEnd());
    }
    put(
        out,
        "signatories",
        "publicBodiesWithoutChampion",
        "",
        f.signatories().publicBodiesWithoutChampion());

    ReportFigures.Actions a = f.actions();
    put(out, "actions", "total", "", a.total());
    a.byStatus().forEach((k, v) -> put(out, "actions", "byStatus", k, v));
    a.byPriority().forEach((k, v) -> put(out, "actions", "byPriority", k, v));
    a.byLeadSector().forEach((k, v) -> put(out, "actions", "byLeadSector", k, v));
    put(out, "actions", "completedInYear", "", a.completedInYear());
    put(out, "actions", "overdueAtYearEnd", "", a.overdueAtYearEnd());

    ReportFigures.Consultations c = f.consultations();
    put(out, "consultations", "held", "", c.held());
    c.heldBySector().forEach((k, v) -> put(out, "consultations", "heldBySector", k, v));
    put(out, "consultations", "meetingLeadIn", "", c.meetingLeadIn());
    put(out, "consultations", "meetingLeadInPercent", "", c.meetingLeadInPercent());
    put(out, "consultations", "shortLeadIn", "", c.shortLeadIn().size());
    put(out, "consultations", "resultsPublished", "", c.resultsPublished());
    put(out, "consultations", "outcomesPublished", "", c.outcomesPublished());
    put(out, "consultations", "cancelled", "", c.cancelled());

    ReportFigures.Disputes d = f.disputes();
    put(out, "disputes", "opened", "", d.opened());
    d.byStageReached().forEach((k, v) -> put(out, "disputes", "byStageReached", k, v));
    put(out, "disputes", "referralsReceived", "", d.referralsReceived());
    put(out, "disputes", "closed", "", d.closed());
    d.byOutcome().forEach((k, v) -> put(out, "disputes", "byOutcome", k, v));
    put(out, "disputes", "openAtYearEnd", "", d.openAtYearEnd());
    put(out, "disputes", "deadlinesMet", "", d.deadlinesMet());
    put(out, "disputes", "deadlinesMissed", "", d.deadlinesMissed());
    d.deadlines()
        .forEach(
            (kind, count) -> {
              put(out, "disputes", "deadlineMet", kind, count.met());
              put(out, "disputes", "deadlineMissed", kind, count.missed());
            });

    put(out, "disputeSummaries", "published", "", f.disputeSummaries().size());
    put(out, "goodPractice", "examples", "", f.goodPractice().size());
    return out;
  }

  private static void put(
      Map<String, Long> out, String section, String metric, String dimension, long value) {
    out.put(section + "|" + metric + "|" + dimension, value);
  }
}
