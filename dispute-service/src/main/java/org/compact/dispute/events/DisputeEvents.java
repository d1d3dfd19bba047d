package org.compact.dispute.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.compact.contracts.EventPayload;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeDeadlineMissed;
import org.compact.contracts.dispute.DisputeHearingHeld;
import org.compact.contracts.dispute.DisputeHearingScheduled;
import org.compact.contracts.dispute.DisputeNotifiedResolvedInternally;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.dispute.DisputePanelConvened;
import org.compact.contracts.dispute.DisputeRelatednessDecided;
import org.compact.contracts.dispute.DisputeStageAdvanced;
import org.compact.contracts.dispute.DisputeSummaryPublished;
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.dispute.PartyRole;
import org.compact.contracts.dispute.Relatedness;
import org.compact.dispute.domain.Breach;
import org.compact.dispute.domain.Deadline;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.Hearing;
import org.compact.platform.outbox.Outbox;
import org.compact.platform.time.TimeSource;

/**
 * Dispute facts for the outbox. Only ids, sectors, codes, dates and outcomes: never letter text,
 * notes, representatives or panel member names. Each event gets its own aggregate version.
 */
@ApplicationScoped
public class DisputeEvents {
  @Inject Outbox outbox;
  @Inject EntityManager em;
  @Inject TimeSource time;

  private void emit(Dispute dispute, EventPayload payload) {
    dispute.touch(time.now());
    em.flush();
    outbox.record(dispute.version, payload);
  }

  private static List<PartyRef> parties(Dispute dispute) {
    return dispute.parties.stream()
        .sorted((a, b) -> a.role.compareTo(b.role))
        .map(p -> new PartyRef(p.signatoryId, PartyRole.valueOf(p.role.name()), p.sector))
        .toList();
  }

  public void opened(Dispute d) {
    emit(
        d,
        new DisputeOpened(
            d.id,
            d.procedure.name(),
            d.stage,
            parties(d),
            List.copyOf(d.commitments),
            d.breach == Breach.HAPPENED,
            d.openedOn));
  }

  public void notifiedResolvedInternally(Dispute d, LocalDate notifiedOn) {
    emit(d, new DisputeNotifiedResolvedInternally(d.id, parties(d), d.closedOn, notifiedOn));
  }

  public void stageAdvanced(Dispute d, String from) {
    emit(d, new DisputeStageAdvanced(d.id, from, d.stage, d.enteredCurrentStageOn(), d.receivedOn));
  }

  public void panelConvened(Dispute d, int memberCount) {
    Deadline deadline = d.deadline(DeadlineKind.PANEL_CONVENED).orElse(null);
    emit(
        d,
        new DisputePanelConvened(
            d.id,
            d.receivedOn,
            d.panelConvenedOn,
            deadline == null ? null : deadline.dueOn(),
            deadline == null || deadline.isOnTime(d.panelConvenedOn),
            memberCount));
  }

  public void relatednessDecided(Dispute d) {
    emit(
        d,
        new DisputeRelatednessDecided(
            d.id, Relatedness.valueOf(d.relatedness.name()), d.relatednessDecidedOn));
  }

  public void hearingScheduled(Dispute d, Hearing h, Deadline deadline, boolean late) {
    emit(
        d,
        new DisputeHearingScheduled(
            d.id, h.hearingOn, deadline == null ? null : deadline.dueOn(), late, h.scheduledOn));
  }

  public void hearingHeld(Dispute d, Hearing h, Deadline deadline) {
    emit(
        d,
        new DisputeHearingHeld(
            d.id,
            h.heldOn,
            deadline == null ? null : deadline.dueOn(),
            deadline == null || deadline.isOnTime(h.heldOn)));
  }

  public void deadlineMissed(Dispute d, Deadline deadline, LocalDate detectedOn) {
    emit(d, new DisputeDeadlineMissed(d.id, deadline.kind(), deadline.dueOn(), detectedOn));
  }

  public void closed(Dispute d) {
    emit(
        d,
        new DisputeClosed(
            d.id, DisputeOutcome.valueOf(d.outcome.name()), d.stage, d.openedOn, d.closedOn));
  }

  public void summaryPublished(Dispute d) {
    emit(
        d,
        new DisputeSummaryPublished(
            d.id,
            d.summaryText,
            d.summaryLessons,
            List.copyOf(d.recommendations),
            DisputeOutcome.valueOf(d.outcome.name()),
            d.summaryPublishedOn));
  }
}
