package org.compact.dispute.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.CaseRecord;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.DisputeStatus;
import org.compact.dispute.domain.Outcome;
import org.compact.dispute.domain.Procedure;
import org.compact.dispute.domain.RecordKind;
import org.compact.dispute.domain.RosterMember;
import org.compact.dispute.domain.SignatoryReplica;
import org.compact.dispute.domain.StageDefinition;
import org.compact.dispute.domain.UnresolvedClose;
import org.compact.platform.calendar.DayCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Smaller response shapes. */
public final class OtherViews {
  private OtherViews() {}

  @Schema(name = "DisputeListItem", description = "What every reader of a case may see")
  public record ListItem(
      UUID id,
      @Schema(example = "STAFFORD") String procedure,
      @Schema(example = "STAGE_1") String stage,
      DisputeStatus status,
      Outcome outcome,
      @Schema(example = "2025-03-03") LocalDate openedOn,
      LocalDate closedOn,
      @Schema(example = "7") long version) {
    static ListItem of(Dispute d) {
      return new ListItem(
          d.id,
          d.procedure.name(),
          d.stage,
          d.status,
          d.outcome,
          d.openedOn,
          d.closedOn,
          d.version);
    }
  }

  @Schema(name = "CaseRecord", description = "An entry of the case file the caller may read")
  public record RecordView(
      UUID id,
      RecordKind kind,
      @Schema(example = "STAGE_1") String stage,
      @Schema(example = "We believe the consultation code has been breached because ...")
          String text,
      Actor authorRole,
      UUID authorOrganisationId,
      UUID hearingId,
      @Schema(example = "2025-04-02") LocalDate recordedOn,
      Instant createdAt) {
    static RecordView of(CaseRecord r) {
      return new RecordView(
          r.id,
          r.kind,
          r.stage,
          r.text,
          r.authorRole,
          r.authorOrganisation,
          r.hearingId,
          r.recordedOn,
          r.createdAt);
    }
  }

  @Schema(name = "DisputeSummary", description = "The chair's anonymised summary of a case")
  public record SummaryView(
      UUID disputeId,
      @Schema(example = "A voluntary organisation felt a consultation was too short ...")
          String summary,
      @Schema(example = "Give reasons early when a consultation cannot run for 12 weeks")
          String lessonsLearned,
      List<String> recommendations,
      LocalDate writtenOn,
      LocalDate publishedOn,
      Outcome outcome,
      @Schema(example = "7") long version) {
    static SummaryView of(Dispute d) {
      return new SummaryView(
          d.id,
          d.summaryText,
          d.summaryLessons,
          List.copyOf(d.recommendations),
          d.summaryWrittenOn,
          d.summaryPublishedOn,
          d.outcome,
          d.version);
    }
  }

  @Schema(
      name = "PublishedSummary",
      description = "An approved anonymised summary: no parties, no people, no case dates")
  public record PublishedSummaryView(
      @Schema(example = "2025") int reviewYear,
      Outcome outcome,
      @Schema(example = "STAGE_2") String stageReached,
      @Schema(example = "A voluntary organisation felt a consultation was too short ...")
          String summary,
      @Schema(example = "Give reasons early when a consultation cannot run for 12 weeks")
          String lessonsLearned,
      List<String> recommendations,
      @Schema(example = "2025-09-01") LocalDate publishedOn) {}

  @Schema(name = "Procedure", description = "The resolution procedure of this Compact, as data")
  public record ProcedureView(
      @Schema(example = "STAFFORD") String name,
      @Schema(example = "Stafford Compact dispute resolution procedure") String title,
      @Schema(
              example = "true",
              description = "Learning stays confidential until its summary is approved")
          boolean learningConfidential,
      @Schema(example = "14") Integer panelDeadlineDays,
      @Schema(example = "56") Integer hearingDeadlineDays,
      @Schema(
              example = "CALENDAR",
              description =
                  "How new cases count deadline days (compact.deadlines.dispute.day-count); each case"
                      + " keeps the count it was given when R was recorded")
          DayCount deadlineDayCount,
      @Schema(example = "[\"VCS\",\"PUBLIC\"]") List<String> panelSectors,
      @Schema(example = "2") int panelMembersPerSector,
      List<StageView> stages) {
    static ProcedureView of(
        Procedure p,
        int panelDays,
        int hearingDays,
        DayCount dayCount,
        List<String> sectors,
        int perSector) {
      return new ProcedureView(
          p.name().name(),
          p.title(),
          p.learningConfidential(),
          panelDays,
          hearingDays,
          dayCount,
          sectors,
          perSector,
          p.stages().stream().map(StageView::of).toList());
    }
  }

  @Schema(name = "Stage")
  public record StageView(
      @Schema(example = "STAGE_2") String name,
      @Schema(example = "Referral to the Joint Compact Steering Group") String title,
      Set<Actor> enteredBy,
      Set<Actor> resolvedBy,
      @Schema(example = "true") boolean panelSits,
      @Schema(example = "true") boolean decidesRelatedness,
      @Schema(example = "true") boolean hearings,
      @Schema(example = "true") boolean referralRequired,
      List<String> deadlines,
      @Schema(example = "true") boolean letterMustNameCommitment,
      UnresolvedClose unresolvedClose,
      @Schema(example = "false") boolean detailsVisibleToAdmin,
      @Schema(example = "true") boolean confidentialToPanel) {
    static StageView of(StageDefinition s) {
      return new StageView(
          s.name(),
          s.title(),
          s.enteredBy(),
          s.resolvedBy(),
          s.panelSits(),
          s.decidesRelatedness(),
          s.hearings(),
          s.referralRequired(),
          s.deadlines().stream().map(Enum::name).toList(),
          s.letterMustNameCommitment(),
          s.unresolvedClose(),
          s.detailsVisibleToAdmin(),
          s.confidentialToPanel());
    }
  }

  @Schema(name = "RosterMember", description = "A CCRG roster member of one review year")
  public record RosterMemberView(
      UUID id,
      @Schema(example = "2025") int reviewYear,
      @Schema(example = "ccrg-jane") String subject,
      UUID organisationId,
      @Schema(example = "VCS", description = "The organisation's sector, from the register replica")
          String sector,
      @Schema(example = "Jane Example") String name,
      List<UUID> declaredInterests,
      @Schema(example = "0") long version) {
    static RosterMemberView of(RosterMember m, SignatoryReplica organisation) {
      return new RosterMemberView(
          m.id,
          m.reviewYear,
          m.subject,
          m.organisationId,
          organisation == null ? null : organisation.sector,
          m.name,
          m.declaredInterests.stream().sorted().toList(),
          m.version);
    }
  }
}
