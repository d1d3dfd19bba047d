package org.compact.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvTest {
  @Test
  void cellsStartingWithAFormulaCharacterArePrefixedWithAQuote() {
    assertThat(ReportCsv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(ReportCsv.cell("+1")).isEqualTo("'+1");
    assertThat(ReportCsv.cell("-1")).isEqualTo("'-1");
    assertThat(ReportCsv.cell("@x")).isEqualTo("'@x");
    assertThat(ReportCsv.cell("STAGE_1")).isEqualTo("STAGE_1");
  }

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertThat(ReportCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ReportCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ReportCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void oneRowPerNumberWithTheYearAndThePreviousYear() {
    String csv =
        ReportCsv.of(
            List.of(
                new MetricRow("signatories", "newlySigned", "VCS", 3, 1),
                new MetricRow("actions", "total", "", 20, 18)));
    assertThat(csv)
        .isEqualTo(
            "section,metric,dimension,year,previous_year\r\n"
                + "signatories,newlySigned,VCS,3,1\r\n"
                + "actions,total,,20,18\r\n");
  }

  @Test
  void labelsForPeopleKeepTheMachineKeys() {
    MetricRow row = new MetricRow("actions", "byStatus", "NOT_STARTED", 1, 0);
    assertThat(row.key()).isEqualTo("actions.byStatus.NOT_STARTED");
    assertThat(row.metricLabel()).isEqualTo("By status");
    assertThat(row.dimensionLabel()).isEqualTo("Not started");
    assertThat(new MetricRow("signatories", "newlySigned", "VCS", 1, 0).dimensionLabel())
        .isEqualTo("VCS");
    assertThat(new MetricRow("actions", "byLeadSector", "PUBLIC", 1, 0).dimensionLabel())
        .isEqualTo("PUBLIC");
    assertThat(new MetricRow("actions", "byStatus", "COMPLETED", 1, 0).dimensionLabel())
        .isEqualTo("Completed");
  }
}
