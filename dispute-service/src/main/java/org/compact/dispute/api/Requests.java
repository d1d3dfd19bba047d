package org.compact.dispute.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.dispute.domain.Breach;
import org.compact.dispute.domain.Outcome;
import org.compact.dispute.domain.Referral;
import org.compact.dispute.domain.Relatedness;
import org.compact.dispute.domain.Representative;
import org.compact.dispute.service.Commands;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies. Unknown fields are a 400 (platform default). */
public final class Requests {
  private Requests() {}

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  @Schema(name = "OpenDisputeRequest", description = "A difference between signatories")
  public record OpenDispute(
      @NotNull @Schema(example = "6f1d3c1e-2b7a-4c55-9d0e-1a2b3c4d5e6f") UUID complainantId,
      @NotEmpty @Size(max = 20) @Schema(example = "[\"0b9a7c55-3f2e-4d1c-8a6b-5e4d3c2b1a09\"]")
          List<@NotNull UUID> respondentIds,
      @Size(max = 20)
          @Schema(
              example = "[\"CONSULTATION\"]",
              description = "Codes of Practice at issue (the Compact's catalogue)")
          List<@NotBlank String> commitments,
      @Size(max = 4000)
          @Schema(example = "The 12-week consultation period on the grants review was not allowed")
          String commitmentDetails,
      @NotBlank
          @Size(max = 8000)
          @Schema(example = "The council consulted for four weeks without giving reasons")
          String natureOfDifference,
      @Size(max = 8000) @Schema(example = "An email to the service manager on 3 March")
          String whatHasBeenDone,
      @NotNull @Schema(example = "HAPPENED") Breach breach) {

    Commands.Complaint toComplaint() {
      return new Commands.Complaint(
          complainantId,
          orEmpty(respondentIds),
          orEmpty(commitments),
          commitmentDetails,
          natureOfDifference,
          whatHasBeenDone,
          breach);
    }
  }

  @Schema(
      name = "InternalResolutionRequest",
      description = "A difference resolved inside an organisation's own procedure")
  public record InternalResolution(
      @NotNull @Schema(example = "6f1d3c1e-2b7a-4c55-9d0e-1a2b3c4d5e6f") UUID complainantId,
      @NotEmpty @Size(max = 20) @Schema(example = "[\"0b9a7c55-3f2e-4d1c-8a6b-5e4d3c2b1a09\"]")
          List<@NotNull UUID> respondentIds,
      @Size(max = 20) @Schema(example = "[\"FUNDING\"]") List<@NotBlank String> commitments,
      @Size(max = 4000) @Schema(example = "Late payment of a grant instalment")
          String commitmentDetails,
      @NotBlank @Size(max = 8000) @Schema(example = "A grant instalment was paid six weeks late")
          String natureOfDifference,
      @Size(max = 8000) @Schema(example = "Raised through the council's complaints procedure")
          String whatHasBeenDone,
      @NotNull @Schema(example = "HAPPENED") Breach breach,
      @NotNull @Schema(example = "2025-06-30") LocalDate resolvedOn,
      @NotBlank
          @Size(max = 8000)
          @Schema(example = "Resolved by the council's complaints procedure; payment made")
          String report) {

    Commands.InternalResolution toCommand() {
      return new Commands.InternalResolution(
          new Commands.Complaint(
              complainantId,
              orEmpty(respondentIds),
              orEmpty(commitments),
              commitmentDetails,
              natureOfDifference,
              whatHasBeenDone,
              breach),
          resolvedOn,
          report);
    }
  }

  @Schema(
      name = "ReferralRequest",
      description =
          "The stage 2 letter to the steering group: organisations, commitments, nature of the"
              + " difference and what has been done (each missing item is listed in a 422)")
  public record ReferralLetter(
      @Size(max = 20)
          @Schema(
              example =
                  "[\"6f1d3c1e-2b7a-4c55-9d0e-1a2b3c4d5e6f\",\"0b9a7c55-3f2e-4d1c-8a6b-5e4d3c2b1a09\"]")
          List<@NotNull UUID> organisations,
      @Size(max = 20) @Schema(example = "[\"CONSULTATION\"]") List<@NotBlank String> commitments,
      @Size(max = 4000) @Schema(example = "Twelve weeks for formal written consultations")
          String commitmentDetails,
      @Size(max = 8000) @Schema(example = "A four-week consultation with no reasons given")
          String natureOfDifference,
      @Size(max = 8000)
          @Schema(example = "Open dialogue in March; formal letter on 2 April; complaint refused")
          String whatHasBeenDone,
      @Size(max = 20000) @Schema(example = "Dear Chair of the Joint Compact Steering Group, ...")
          String letter) {

    Referral toReferral() {
      return new Referral(
          orEmpty(organisations),
          orEmpty(commitments),
          commitmentDetails,
          natureOfDifference,
          whatHasBeenDone,
          letter);
    }
  }

  @Schema(name = "AdvanceStageRequest", description = "Move the case to the next stage")
  public record Advance(
      @NotBlank @Schema(example = "STAGE_2") String toStage,
      @Schema(
              example = "2025-05-01",
              description = "Referral stages: the date the steering group received the referral")
          LocalDate receivedOn,
      @Valid @Schema(description = "A referral received on paper, recorded with the stage change")
          ReferralLetter referral) {

    Commands.Advance toCommand() {
      return new Commands.Advance(
          toStage, receivedOn, referral == null ? null : referral.toReferral());
    }
  }

  @Schema(name = "CloseDisputeRequest")
  public record Close(
      @NotNull @Schema(example = "RESOLVED") Outcome outcome,
      @Schema(example = "2025-06-20") LocalDate closedOn,
      @Size(max = 20000)
          @Schema(
              example = "The parties agreed a revised timetable; report to the steering group",
              description = "The report to the steering group (required on every path)")
          String report,
      @Size(max = 20) @Schema(example = "[\"National Compact Advocacy Programme\"]")
          List<@NotBlank String> resourcesOffered) {

    Commands.Close toCommand() {
      return new Commands.Close(outcome, closedOn, report, resourcesOffered);
    }
  }

  @Schema(name = "LetterRequest")
  public record Letter(
      @Schema(example = "LETTER", description = "LETTER (between the parties) or SUBMISSION")
          LetterKind kind,
      @NotBlank
          @Size(max = 20000)
          @Schema(example = "We believe the consultation code has been breached because ...")
          String text,
      @Size(max = 20)
          @Schema(example = "[\"CONSULTATION\"]", description = "Commitments the letter names")
          List<@NotBlank String> commitments) {}

  public enum LetterKind {
    LETTER,
    SUBMISSION
  }

  @Schema(name = "PanelNoteRequest")
  public record PanelNote(
      @Schema(example = "PANEL_NOTE", description = "PANEL_NOTE (deliberation) or HEARING_NOTE")
          PanelNoteKind kind,
      @NotBlank @Size(max = 20000) @Schema(example = "Both parties accept the timetable slipped")
          String text,
      @Schema(example = "2c9d4e1f-7a6b-4c3d-9e8f-0a1b2c3d4e5f") UUID hearingId) {}

  public enum PanelNoteKind {
    PANEL_NOTE,
    HEARING_NOTE
  }

  @Schema(name = "TextRequest")
  public record Text(
      @NotBlank
          @Size(max = 20000)
          @Schema(example = "The revised consultation timetable was published on 1 July")
          String text) {}

  @Schema(name = "DeclaredConflictRequest")
  public record Conflict(
      @NotNull @Schema(example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID memberId,
      @NotBlank @Size(max = 2000) @Schema(example = "Trustee of the complainant until 2024")
          String reason) {}

  @Schema(name = "AppointPanelRequest")
  public record AppointPanel(
      @NotEmpty
          @Size(max = 20)
          @Schema(
              example =
                  "[\"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b\",\"8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a\","
                      + "\"7c6b5a4f-3e2d-4c1b-8a0f-9e8d7c6b5a4f\",\"6b5a4f3e-2d1c-4b0a-9f8e-7d6c5b4a3f2e\"]")
          List<@NotNull UUID> memberIds,
      @Schema(example = "2025-05-12") LocalDate convenedOn) {}

  @Schema(name = "ChairRequest")
  public record Chair(
      @NotNull @Schema(example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID memberId) {}

  @Schema(name = "RelatednessRequest")
  public record Decide(
      @NotNull @Schema(example = "COMPACT_RELATED") Relatedness decision,
      @Schema(example = "2025-05-20") LocalDate decidedOn,
      @Size(max = 20000)
          @Schema(
              example = "The complaint concerns the consultation code; a hearing will be set",
              description = "The CCRG's report to the steering group (required if not related)")
          String report) {}

  @Schema(name = "ScheduleHearingRequest")
  public record Schedule(
      @NotNull @Schema(example = "2025-06-20") LocalDate hearingOn,
      @Size(max = 2000)
          @Schema(
              example = "The respondent's director is unavailable until July",
              description = "Required when the date is after the hearing deadline")
          String lateReason) {}

  @Schema(name = "HearingHeldRequest")
  public record Held(@Schema(example = "2025-06-20") LocalDate heldOn) {}

  @Schema(name = "RepresentativeRequest")
  public record RepresentativeItem(
      @NotBlank @Size(max = 200) @Schema(example = "A. Example") String name,
      @Size(max = 300) @Schema(example = "Stafford CVS") String organisation,
      @Schema(example = "false", description = "From an organisation supporting the party")
          boolean supporting) {

    Representative toRepresentative() {
      return new Representative(name.trim(), organisation, supporting);
    }
  }

  @Schema(name = "RepresentativesRequest")
  public record Representatives(
      @NotNull @Schema(example = "6f1d3c1e-2b7a-4c55-9d0e-1a2b3c4d5e6f") UUID signatoryId,
      @NotNull @Size(max = 10) List<@Valid @NotNull RepresentativeItem> representatives) {

    Commands.Nominate toCommand() {
      return new Commands.Nominate(
          signatoryId, representatives.stream().map(RepresentativeItem::toRepresentative).toList());
    }
  }

  @Schema(name = "SummaryRequest")
  public record Summary(
      @NotBlank
          @Size(max = 20000)
          @Schema(
              example =
                  "A voluntary organisation felt a consultation was too short; the panel heard both"
                      + " sides and a revised timetable was agreed")
          String summary,
      @Size(max = 20000)
          @Schema(example = "Give reasons early when a consultation cannot run for 12 weeks")
          String lessonsLearned,
      @Size(max = 50)
          @Schema(example = "[\"Publish the reasons for short consultations on the calendar\"]")
          List<@NotBlank String> recommendations) {

    Commands.Summary toCommand() {
      return new Commands.Summary(summary, lessonsLearned, recommendations);
    }
  }

  @Schema(name = "RosterMemberRequest")
  public record RosterMember(
      @NotBlank @Size(max = 200) @Schema(example = "ccrg-jane") String subject,
      @NotNull @Schema(example = "6f1d3c1e-2b7a-4c55-9d0e-1a2b3c4d5e6f") UUID organisationId,
      @Size(max = 200) @Schema(example = "Jane Example") String name,
      @Size(max = 50)
          @Schema(
              example = "[\"0b9a7c55-3f2e-4d1c-8a6b-5e4d3c2b1a09\"]",
              description = "Organisations the member has declared an interest in")
          List<@NotNull UUID> declaredInterests) {

    Commands.NewRosterMember toCommand() {
      return new Commands.NewRosterMember(subject, organisationId, name, declaredInterests);
    }
  }

  @Schema(name = "StopClockRequest")
  public record StopClock(
      @Size(max = 2000)
          @Schema(
              example = "The respondent asked for time to consult its board",
              description = "Why the clock stops (required: 422 without)")
          String reason) {}

  @Schema(name = "ResumeClockRequest")
  public record ResumeClock(
      @Size(max = 2000) @Schema(example = "The board met on 10 May", description = "Optional")
          String note) {}
}
