package org.compact.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.compact.contracts.EventPayload;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionOverdue;
import org.compact.contracts.actionplan.ActionProgressRecorded;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.contracts.actionplan.ActionUpdated;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.consultation.ConsultationCancelled;
import org.compact.contracts.consultation.ConsultationClosed;
import org.compact.contracts.consultation.ConsultationOpened;
import org.compact.contracts.consultation.ConsultationOutcomePublished;
import org.compact.contracts.consultation.ConsultationResultsPublished;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.contracts.consultation.ConsultationUpdated;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeDeadlineMissed;
import org.compact.contracts.dispute.DisputeHearingHeld;
import org.compact.contracts.dispute.DisputeHearingScheduled;
import org.compact.contracts.dispute.DisputeNotifiedResolvedInternally;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputePanelConvened;
import org.compact.contracts.dispute.DisputeRelatednessDecided;
import org.compact.contracts.dispute.DisputeStageAdvanced;
import org.compact.contracts.dispute.DisputeSummaryPublished;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.contracts.signatory.SignatoryWithdrawn;

/** The business date each payload carries (what happened when, in London), never receipt time. */
public final class FactDates {
  private FactDates() {}

  public static LocalDate businessDate(EventPayload payload, Instant occurredAt) {
    return BusinessDates.orOccurred(dateOf(payload), occurredAt);
  }

  static LocalDate dateOf(EventPayload payload) {
    return switch (payload) {
      case SignatoryRegistered p -> p.registeredOn();
      case SignatoryUpdated p -> p.updatedOn();
      case SignatorySigned p -> p.signedOn();
      case SignatoryWithdrawn p -> p.withdrawnOn();
      case SignatoryResigned p -> p.signedOn();
      case SignatoryChampionChanged p -> p.changedOn();
      case PlanCreated p -> p.createdOn();
      case PlanPublished p -> p.publishedOn();
      case ActionCreated p -> p.createdOn();
      case ActionUpdated p -> p.updatedOn();
      case ActionProgressRecorded p -> p.recordedOn();
      case ActionStatusChanged p ->
          p.to() == ActionStatus.COMPLETED && p.completedOn() != null
              ? p.completedOn()
              : p.changedOn();
      case ActionOverdue p -> p.detectedOn();
      case DisputeOpened p -> p.openedOn();
      case DisputeNotifiedResolvedInternally p -> p.notifiedOn();
      case DisputeStageAdvanced p -> p.advancedOn();
      case DisputePanelConvened p -> p.convenedOn();
      case DisputeRelatednessDecided p -> p.decidedOn();
      case DisputeHearingScheduled p -> p.scheduledOn();
      case DisputeHearingHeld p -> p.heldOn();
      case DisputeDeadlineMissed p -> p.deadline();
      case DisputeClosed p -> p.closedOn();
      case DisputeSummaryPublished p -> p.publishedOn();
      case ConsultationScheduled p -> p.scheduledOn();
      case ConsultationUpdated p -> p.updatedOn();
      case ConsultationOpened p -> p.openedOn();
      case ConsultationClosed p -> p.closedOn();
      case ConsultationResultsPublished p -> p.publishedOn();
      case ConsultationOutcomePublished p -> p.publishedOn();
      case ConsultationCancelled p -> p.cancelledOn();
      default -> null;
    };
  }
}
