package org.compact.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every figure of one review year. Anonymised: no party ids, sectors or names of dispute parties.
 * Maps keep a fixed key order so the JSON is byte-for-byte reproducible.
 */
@Schema(name = "ReportFigures")
public record ReportFigures(
    Signatories signatories,
    Actions actions,
    Consultations consultations,
    Disputes disputes,
    List<DisputeSummary> disputeSummaries,
    List<GoodPracticeExample> goodPractice) {

  @Schema(name = "SignatoryFigures")
  public record Signatories(
      @Schema(description = "One row per sector of the Compact") List<SectorRow> bySector,
      SectorRow total,
      @Schema(
              description =
                  "Public-sector signatories signed at year end without a Compact Champion",
              example = "1")
          int publicBodiesWithoutChampion) {}

  @Schema(name = "SignatorySectorRow")
  public record SectorRow(
      @Schema(example = "VCS") String sector,
      @Schema(description = "Signed or re-signed in the year", example = "3") int newlySigned,
      @Schema(description = "Withdrawn in the year", example = "1") int withdrawn,
      @Schema(description = "Signed at the year's last day", example = "12") int signedAtYearEnd) {}

  @Schema(name = "ActionFigures")
  public record Actions(
      @Schema(
              description =
                  "Actions of published plans due in the year (an action without a due date counts in"
                      + " each review year of its plan's period)",
              example = "20")
          int total,
      @Schema(
              description = "The year's actions by their status at year end",
              example = "{\"NOT_STARTED\":4,\"IN_PROGRESS\":9,\"COMPLETED\":6,\"DROPPED\":1}")
          Map<String, Integer> byStatus,
      @Schema(
              description = "Priority (NONE when the plan gives none)",
              example = "{\"HIGH\":5,\"MEDIUM_HIGH\":2,\"MEDIUM\":8,\"LOW\":3,\"NONE\":2}")
          Map<String, Integer> byPriority,
      @Schema(
              description =
                  "Actions per sector of their lead signatories (an action led by several"
                      + " sectors counts in each; NONE when no signatory is linked)",
              example = "{\"VCS\":8,\"PUBLIC\":12,\"PRIVATE\":0,\"NONE\":2}")
          Map<String, Integer> byLeadSector,
      @Schema(
              description =
                  "Actions of published plans completed in the year (completedOn), whatever year they"
                      + " were due in",
              example = "6")
          int completedInYear,
      @Schema(
              description =
                  "The year's actions whose due date passed by year end and that were neither"
                      + " COMPLETED nor DROPPED at year end",
              example = "3")
          int overdueAtYearEnd) {}

  @Schema(name = "ConsultationFigures")
  public record Consultations(
      @Schema(description = "Not cancelled, closing in the year", example = "8") int held,
      @Schema(
              description = "Held, per sector of the owner organisation",
              example = "{\"VCS\":1,\"PUBLIC\":7,\"PRIVATE\":0}")
          Map<String, Integer> heldBySector,
      @Schema(description = "Held with at least the required lead-in", example = "6")
          int meetingLeadIn,
      @Schema(description = "meetingLeadIn / held, rounded to a whole percent", example = "75")
          int meetingLeadInPercent,
      List<ShortLeadIn> shortLeadIn,
      @Schema(
              description = "Consultations whose first results were published in the year",
              example = "7")
          int resultsPublished,
      @Schema(description = "Consultations whose outcome was published in the year", example = "5")
          int outcomesPublished,
      @Schema(description = "Cancelled in the year", example = "1") int cancelled) {}

  @Schema(name = "ShortLeadIn")
  public record ShortLeadIn(
      @Schema(example = "Parking charges review") String title,
      @Schema(example = "2025-02-01") LocalDate opensOn,
      @Schema(example = "2025-03-15") LocalDate closesOn,
      @Schema(example = "42") long days,
      @Schema(example = "Statutory deadline set by government") String reason) {}

  @Schema(name = "DisputeFigures")
  public record Disputes(
      @Schema(
              description = "Opened in the year (incl. differences resolved internally)",
              example = "3")
          int opened,
      @Schema(
              description = "Furthest stage reached by the disputes opened in the year",
              example = "{\"INFORMAL\":2,\"STAGE_2\":1}")
          Map<String, Integer> byStageReached,
      @Schema(
              description = "Referrals to the steering group received in the year (receivedOn)",
              example = "1")
          int referralsReceived,
      @Schema(description = "Closed in the year", example = "2") int closed,
      @Schema(
              description = "Outcome of the disputes closed in the year",
              example =
                  "{\"RESOLVED_INTERNALLY\":1,\"RESOLVED\":2,\"NOT_COMPACT_RELATED\":0,"
                      + "\"NO_FURTHER_RECOURSE\":0}")
          Map<String, Integer> byOutcome,
      @Schema(description = "Opened by the year's last day and not closed by then", example = "1")
          int openAtYearEnd,
      @Schema(description = "Deadlines falling in the year that were met", example = "2")
          int deadlinesMet,
      @Schema(description = "Deadlines falling in the year that were missed", example = "1")
          int deadlinesMissed,
      @Schema(
              description = "Per deadline kind (PANEL_CONVENED, HEARING_HELD)",
              example =
                  "{\"PANEL_CONVENED\":{\"met\":1,\"missed\":0},"
                      + "\"HEARING_HELD\":{\"met\":1,\"missed\":1}}")
          Map<String, DeadlineCount> deadlines) {}

  @Schema(name = "DeadlineCount")
  public record DeadlineCount(@Schema(example = "1") int met, @Schema(example = "0") int missed) {}

  @Schema(name = "DisputeSummary", description = "An anonymised summary approved for the report")
  public record DisputeSummary(
      @Schema(example = "2024-12-01") LocalDate publishedOn,
      @Schema(example = "RESOLVED") String outcome,
      @Schema(example = "A funding decision was made without the notice the Compact asks for.")
          String summary,
      @Schema(example = "Give three months' notice of funding changes.") String lessonsLearned,
      @Schema(example = "[\"Publish grant timetables a year ahead\"]")
          List<String> recommendations) {}

  @Schema(name = "GoodPracticeInReport")
  public record GoodPracticeExample(
      @Schema(example = "2024-06-15") LocalDate occurredOn,
      @Schema(example = "Joint consultation on the community plan") String title,
      @Schema(example = "The council and the CVS ran the consultation together.")
          String description,
      @Schema(example = "Stafford District Voluntary Services") String organisation) {}
}
