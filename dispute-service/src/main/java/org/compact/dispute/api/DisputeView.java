package org.compact.dispute.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.Breach;
import org.compact.dispute.domain.DeadlineState;
import org.compact.dispute.domain.DisputeStatus;
import org.compact.dispute.domain.HearingKind;
import org.compact.dispute.domain.Outcome;
import org.compact.dispute.domain.Relatedness;
import org.compact.platform.calendar.DeadlineBasis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case as one viewer may see it. Fields the viewer may not read are absent (null), never blanked:
 * panel members see everything; parties not panel members, conflicts or late reasons; compact-admin
 * not representatives.
 */
@Schema(
    name = "Dispute",
    description = "A case; confidential fields are absent for viewers who may not read them")
public record DisputeView(
    UUID id,
    @Schema(example = "STAFFORD") String procedure,
    @Schema(example = "STAGE_2") String stage,
    @Schema(example = "Referral to the Joint Compact Steering Group; a CCRG panel ...")
        String stageTitle,
    DisputeStatus status,
    Outcome outcome,
    @Schema(example = "2025-03-03") LocalDate openedOn,
    LocalDate closedOn,
    List<StageEntryView> stageHistory,
    PartyView complainant,
    List<PartyView> respondents,
    @Schema(example = "[\"CONSULTATION\"]") List<String> commitments,
    @Schema(example = "Commitment 4: 12-week consultations") String commitmentDetails,
    @Schema(example = "The consultation on day services ran for four weeks")
        String natureOfDifference,
    @Schema(example = "Two meetings with the council's commissioning lead") String whatHasBeenDone,
    Breach breach,
    ReferralView referral,
    @Schema(example = "2025-05-01") LocalDate receivedOn,
    List<DeadlineView> deadlines,
    ClockView clock,
    Relatedness relatedness,
    LocalDate relatednessDecidedOn,
    PanelView panel,
    List<HearingView> hearings,
    List<String> resourcesOffered,
    List<ConflictView> declaredConflicts,
    @Schema(example = "[\"STAGE_3\",\"RESOLVED\"]") List<String> allowedNextSteps,
    @Schema(example = "[\"COMPACT_ADMIN\"]", description = "What the caller is on this case")
        List<Actor> yourRoles,
    @Schema(example = "7") long version) {

  @Schema(name = "StageEntry")
  public record StageEntryView(@Schema(example = "STAGE_1") String stage, LocalDate enteredOn) {}

  @Schema(name = "Party")
  public record PartyView(
      UUID signatoryId,
      @Schema(example = "Stafford Community Forum") String name,
      @Schema(example = "VCS") String sector,
      @Schema(example = "SIGNED", description = "Status in the local replica of the register")
          String status) {}

  @Schema(name = "Referral")
  public record ReferralView(
      List<UUID> organisations,
      List<String> commitments,
      @Schema(example = "Commitment 4: 12-week consultations") String commitmentDetails,
      @Schema(example = "The consultation on day services ran for four weeks")
          String natureOfDifference,
      @Schema(example = "Two meetings with the council's commissioning lead")
          String whatHasBeenDone,
      @Schema(example = "We refer our difference with the council under the Compact ...")
          String letter,
      LocalDate submittedOn) {}

  @Schema(name = "Deadline")
  public record DeadlineView(
      DeadlineKind kind,
      @Schema(
              example = "2025-05-15",
              description =
                  "While the clock is stopped, the date if it resumed tomorrow (it moves on each"
                      + " day)")
          LocalDate dueOn,
      DeadlineState state,
      @Schema(
              example = "3",
              description =
                  "Calendar days left (0 on the day, negative after; unchanged while the clock is"
                      + " stopped); absent once settled")
          Long daysRemaining,
      @Schema(description = "When it was met") LocalDate metOn,
      @Schema(example = "false", description = "The case's clock is stopped, so this date moves on")
          boolean clockStopped,
      DeadlineBasis basis) {}

  @Schema(
      name = "CaseClock",
      description =
          "Stop the clock: days from a stop up to the day before it resumed do not count towards"
              + " the case's open deadlines")
  public record ClockView(
      @Schema(example = "false") boolean stopped,
      @Schema(example = "2025-05-06", description = "While stopped: since when")
          LocalDate stoppedSince,
      @Schema(example = "5", description = "Days the clock has been stopped in all")
          long stoppedDays,
      List<ClockStopView> stops) {}

  @Schema(name = "ClockStop")
  public record ClockStopView(
      UUID id,
      @Schema(example = "2025-05-06") LocalDate stoppedOn,
      @Schema(example = "2025-05-11", description = "Absent while stopped") LocalDate resumedOn,
      @Schema(example = "5", description = "Days not counted (so far, while stopped)") long days,
      @Schema(example = "The respondent asked for time to consult its board") String reason,
      Actor stoppedBy,
      @Schema(example = "The board met on 10 May") String resumeNote,
      Actor resumedBy) {}

  @Schema(name = "Panel")
  public record PanelView(
      @Schema(example = "2025-05-12") LocalDate convenedOn,
      @Schema(example = "2025") Integer rosterYear,
      UUID chairMemberId,
      List<PanelMemberView> members) {}

  @Schema(name = "PanelMember")
  public record PanelMemberView(
      UUID memberId,
      @Schema(example = "ccrg-jane") String subject,
      @Schema(example = "Jane Example") String name,
      UUID organisationId,
      @Schema(example = "VCS") String sector,
      @Schema(example = "true") boolean chair) {}

  @Schema(name = "Hearing")
  public record HearingView(
      UUID id,
      HearingKind kind,
      @Schema(example = "2025-06-20") LocalDate hearingOn,
      LocalDate scheduledOn,
      LocalDate heldOn,
      @Schema(example = "false") boolean late,
      @Schema(example = "The panel chair was unavailable") String lateReason,
      List<RepresentativeView> representatives) {}

  @Schema(name = "Representative")
  public record RepresentativeView(
      UUID signatoryId,
      @Schema(example = "A. Example") String name,
      @Schema(example = "Stafford CVS") String organisation,
      @Schema(example = "true") boolean supporting) {}

  @Schema(name = "DeclaredConflict")
  public record ConflictView(
      UUID id,
      UUID memberId,
      @Schema(example = "Trustee of the complainant organisation") String reason,
      LocalDate declaredOn) {}
}
