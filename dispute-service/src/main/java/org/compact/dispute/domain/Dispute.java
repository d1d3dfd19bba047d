package org.compact.dispute.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.platform.calendar.DayCount;

/** A difference between signatories and its way through the procedure. */
@Entity
@Table(name = "dispute")
public class Dispute extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  /** Bumped on every change so each change (and each event) gets a new version. */
  @Column(nullable = false)
  public long revision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ProcedureName procedure;

  @Column(nullable = false)
  public String stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DisputeStatus status;

  @Enumerated(EnumType.STRING)
  public Outcome outcome;

  @Column(name = "complainant_id", nullable = false)
  public UUID complainantId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dispute_party", joinColumns = @JoinColumn(name = "dispute_id"))
  public Set<Party> parties = new java.util.LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "dispute_commitment", joinColumns = @JoinColumn(name = "dispute_id"))
  @OrderColumn(name = "position")
  @Column(name = "code")
  public List<String> commitments = new ArrayList<>();

  @Column(name = "commitment_details")
  public String commitmentDetails;

  @Column(name = "nature_of_difference")
  public String natureOfDifference;

  @Column(name = "what_has_been_done")
  public String whatHasBeenDone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Breach breach;

  @Column(name = "opened_on", nullable = false)
  public LocalDate openedOn;

  @Column(name = "opened_by", nullable = false)
  public String openedBy;

  @Column(name = "closed_on")
  public LocalDate closedOn;

  @ElementCollection
  @CollectionTable(name = "dispute_stage_entry", joinColumns = @JoinColumn(name = "dispute_id"))
  @OrderColumn(name = "position")
  public List<StageEntry> stageHistory = new ArrayList<>();

  // --- stage 2 referral (the letter the steering group receives)
  @Column(name = "referral_letter")
  public String referralLetter;

  @Column(name = "referral_nature")
  public String referralNature;

  @Column(name = "referral_commitment_details")
  public String referralCommitmentDetails;

  @Column(name = "referral_what_done")
  public String referralWhatDone;

  @Column(name = "referral_submitted_on")
  public LocalDate referralSubmittedOn;

  @ElementCollection
  @CollectionTable(
      name = "dispute_referral_organisation",
      joinColumns = @JoinColumn(name = "dispute_id"))
  @OrderColumn(name = "position")
  @Column(name = "signatory_id")
  public List<UUID> referralOrganisations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "dispute_referral_commitment",
      joinColumns = @JoinColumn(name = "dispute_id"))
  @OrderColumn(name = "position")
  @Column(name = "code")
  public List<String> referralCommitments = new ArrayList<>();

  // --- receipt date R and the deadlines stored when it was recorded
  @Column(name = "received_on")
  public LocalDate receivedOn;

  @Column(name = "panel_deadline")
  public LocalDate panelDeadline;

  @Column(name = "hearing_deadline")
  public LocalDate hearingDeadline;

  /** How the deadlines count days, fixed when R is recorded. */
  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_day_count")
  public DayCount deadlineDayCount;

  @Column(name = "panel_deadline_days")
  public Integer panelDeadlineDays;

  @Column(name = "hearing_deadline_days")
  public Integer hearingDeadlineDays;

  // --- panel
  @Column(name = "roster_year")
  public Integer rosterYear;

  @Column(name = "panel_convened_on")
  public LocalDate panelConvenedOn;

  @Column(name = "chair_member_id")
  public UUID chairMemberId;

  @Enumerated(EnumType.STRING)
  public Relatedness relatedness;

  @Column(name = "relatedness_decided_on")
  public LocalDate relatednessDecidedOn;

  @ElementCollection
  @CollectionTable(
      name = "dispute_resource_offered",
      joinColumns = @JoinColumn(name = "dispute_id"))
  @OrderColumn(name = "position")
  @Column(name = "resource")
  public List<String> resourcesOffered = new ArrayList<>();

  // --- anonymised summary for the annual report
  @Column(name = "summary_text")
  public String summaryText;

  @Column(name = "summary_lessons")
  public String summaryLessons;

  @ElementCollection
  @CollectionTable(name = "dispute_recommendation", joinColumns = @JoinColumn(name = "dispute_id"))
  @OrderColumn(name = "position")
  @Column(name = "recommendation")
  public List<String> recommendations = new ArrayList<>();

  @Column(name = "summary_written_on")
  public LocalDate summaryWrittenOn;

  @Column(name = "summary_published_on")
  public LocalDate summaryPublishedOn;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public void touch(Instant now) {
    revision++;
    updatedAt = now;
  }

  public boolean isOpen() {
    return status == DisputeStatus.OPEN;
  }

  public Set<UUID> partyIds() {
    return parties.stream().map(p -> p.signatoryId).collect(Collectors.toSet());
  }

  public Set<UUID> respondentIds() {
    return parties.stream()
        .filter(p -> p.role == PartyRole.RESPONDENT)
        .map(p -> p.signatoryId)
        .collect(Collectors.toSet());
  }

  public void enterStage(String stageName, LocalDate on) {
    stage = stageName;
    stageHistory.add(new StageEntry(stageName, on));
  }

  public LocalDate enteredCurrentStageOn() {
    return stageHistory.isEmpty() ? openedOn : stageHistory.get(stageHistory.size() - 1).enteredOn;
  }

  public boolean hasReferral() {
    return referralSubmittedOn != null;
  }

  public Referral referral() {
    return new Referral(
        referralOrganisations,
        referralCommitments,
        referralCommitmentDetails,
        referralNature,
        referralWhatDone,
        referralLetter);
  }

  /**
   * The deadline as last stored (when R was recorded, the clock stopped or resumed, or the panel
   * acted). {@code CaseDeadlines} computes the current one, which moves on while the clock is
   * stopped.
   */
  public Optional<Deadline> deadline(DeadlineKind kind) {
    LocalDate due = kind == DeadlineKind.PANEL_CONVENED ? panelDeadline : hearingDeadline;
    return Optional.ofNullable(due).map(d -> new Deadline(kind, d));
  }

  /** How many days after R the deadline falls (null when the case has no such deadline). */
  public Integer deadlineDays(DeadlineKind kind) {
    return kind == DeadlineKind.PANEL_CONVENED ? panelDeadlineDays : hearingDeadlineDays;
  }

  public void storeDeadline(DeadlineKind kind, int days, LocalDate dueOn) {
    if (kind == DeadlineKind.PANEL_CONVENED) {
      panelDeadlineDays = days;
      panelDeadline = dueOn;
    } else {
      hearingDeadlineDays = days;
      hearingDeadline = dueOn;
    }
  }

  /** The day a deadline stopped mattering: when it was met, else when the case closed. */
  public LocalDate settledOn(DeadlineKind kind, LocalDate firstHearingHeldOn) {
    LocalDate fulfilled = fulfilledOn(kind, firstHearingHeldOn);
    return fulfilled != null ? fulfilled : closedOn;
  }

  public LocalDate fulfilledOn(DeadlineKind kind, LocalDate firstHearingHeldOn) {
    return kind == DeadlineKind.PANEL_CONVENED ? panelConvenedOn : firstHearingHeldOn;
  }

  public boolean hasSummary() {
    return summaryText != null;
  }

  public boolean isSummaryPublished() {
    return summaryPublishedOn != null;
  }

  public boolean hasPanel() {
    return panelConvenedOn != null;
  }
}
