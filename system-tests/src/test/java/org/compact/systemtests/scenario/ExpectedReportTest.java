package org.compact.systemtests.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.systemtests.stack.Json;
import org.junit.jupiter.api.Test;

/** The expectation arithmetic and the comparison the scenario relies on, without a stack. */
@org.junit.jupiter.api.Order(1)
class ExpectedReportTest {
  static final ExpectedReport YEAR_2031 =
      new ExpectedReport(LocalDate.parse("2031-04-01"), LocalDate.parse("2032-03-31"));

  static final String EMPTY_FIGURES =
      """
      {"signatories":{"bySector":[
          {"sector":"VCS","newlySigned":0,"withdrawn":0,"signedAtYearEnd":0},
          {"sector":"PUBLIC","newlySigned":0,"withdrawn":0,"signedAtYearEnd":0}],
        "total":{"sector":"ALL","newlySigned":0,"withdrawn":0,"signedAtYearEnd":0},
        "publicBodiesWithoutChampion":0},
       "actions":{"total":0,"byStatus":{"NOT_STARTED":0,"IN_PROGRESS":0,"COMPLETED":0,"DROPPED":0},
        "byPriority":{"HIGH":0,"NONE":0},"byLeadSector":{"VCS":0,"PUBLIC":0,"NONE":0},
        "completedInYear":0,"overdueAtYearEnd":0},
       "consultations":{"held":1,"heldBySector":{"VCS":1,"PUBLIC":0},"meetingLeadIn":1,
        "meetingLeadInPercent":100,"shortLeadIn":[],"resultsPublished":0,"outcomesPublished":0,
        "cancelled":0},
       "disputes":{"opened":0,"byStageReached":{},"referralsReceived":0,"closed":0,
        "byOutcome":{"RESOLVED":0},"openAtYearEnd":0,"deadlinesMet":0,"deadlinesMissed":0,
        "deadlines":{"PANEL_CONVENED":{"met":0,"missed":0},"HEARING_HELD":{"met":0,"missed":0}}},
       "disputeSummaries":[],"goodPractice":[]}
      """;

  @Test
  void signingsCountInTheYearOfTheirDateAndWithdrawnOnesAreNotSignedAtYearEnd() {
    ScenarioLedger ledger = new ScenarioLedger();
    ledger.organisations.add(org("PUBLIC", "2030-11-02", null, null)); // previous year
    ledger.organisations.add(org("VCS", "2031-04-20", "2031-08-01", null)); // withdrew
    ledger.organisations.add(org("PUBLIC", "2031-06-02", null, "2031-09-15")); // champion
    ObjectNode figures = YEAR_2031.expected(Json.parse(EMPTY_FIGURES), ledger);
    JsonNode signatories = figures.get("signatories");
    assertThat(signatories.at("/bySector/0/newlySigned").asInt()).isEqualTo(1);
    assertThat(signatories.at("/bySector/0/withdrawn").asInt()).isEqualTo(1);
    assertThat(signatories.at("/bySector/0/signedAtYearEnd").asInt()).isZero();
    assertThat(signatories.at("/bySector/1/newlySigned").asInt()).isEqualTo(1);
    assertThat(signatories.at("/bySector/1/signedAtYearEnd").asInt()).isEqualTo(2);
    assertThat(signatories.at("/total/signedAtYearEnd").asInt()).isEqualTo(2);
    assertThat(signatories.get("publicBodiesWithoutChampion").asInt()).isEqualTo(1);
  }

  @Test
  void theLeadInShareIsRecomputedFromTheSumsAndShortLeadInsAreListedByClosingDate() {
    ScenarioLedger ledger = new ScenarioLedger();
    ledger.consultations.add(consultation("B", "2031-07-01", "2031-07-29", "Statutory deadline"));
    ledger.consultations.add(consultation("A", "2031-05-01", "2031-06-01", "Budget timetable"));
    JsonNode consultations =
        YEAR_2031.expected(Json.parse(EMPTY_FIGURES), ledger).get("consultations");
    assertThat(consultations.get("held").asInt()).isEqualTo(3);
    assertThat(consultations.get("meetingLeadInPercent").asInt()).isEqualTo(33);
    assertThat(consultations.at("/shortLeadIn/0/title").asText()).isEqualTo("A");
    assertThat(consultations.at("/shortLeadIn/1/days").asLong()).isEqualTo(28);
  }

  @Test
  void everyDifferingLeafIsNamedAndEqualReportsHaveNone() {
    JsonNode expected = Json.parse(EMPTY_FIGURES);
    assertThat(ExpectedReport.differences("figures", expected, expected.deepCopy())).isEmpty();
    ObjectNode actual = expected.deepCopy();
    ((ObjectNode) actual.at("/actions/byStatus")).put("DROPPED", 2);
    ((ObjectNode) actual.get("disputes")).remove("closed");
    ((ObjectNode) actual.at("/disputes/byStageReached")).put("STAGE_9", 1);
    List<String> differences = ExpectedReport.differences("figures", expected, actual);
    assertThat(differences)
        .containsExactlyInAnyOrder(
            "figures.actions.byStatus.DROPPED: expected 0, was 2",
            "figures.disputes.closed: expected 0, missing",
            "figures.disputes.byStageReached.STAGE_9: not expected, was 1");
  }

  private static ScenarioLedger.Organisation org(
      String sector, String signedOn, String withdrawnOn, String championSince) {
    return new ScenarioLedger.Organisation(
        UUID.randomUUID(),
        "Org",
        sector,
        LocalDate.parse(signedOn),
        withdrawnOn == null ? null : LocalDate.parse(withdrawnOn),
        championSince == null ? null : LocalDate.parse(championSince));
  }

  private static ScenarioLedger.Consultation consultation(
      String title, String opensOn, String closesOn, String reason) {
    return new ScenarioLedger.Consultation(
        UUID.randomUUID(),
        title,
        "PUBLIC",
        LocalDate.parse(opensOn),
        LocalDate.parse(closesOn),
        84,
        reason,
        null,
        null);
  }
}
