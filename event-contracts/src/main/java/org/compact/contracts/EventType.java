package org.compact.contracts;

import java.util.Arrays;
import java.util.Optional;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionOverdue;
import org.compact.contracts.actionplan.ActionProgressRecorded;
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

/** Every event type of DOMAIN.md with its topic, aggregate, current schema version and payload. */
public enum EventType {
  SIGNATORY_REGISTERED(
      "signatory.registered", Topics.SIGNATORIES, "signatory", SignatoryRegistered.class),
  SIGNATORY_UPDATED("signatory.updated", Topics.SIGNATORIES, "signatory", SignatoryUpdated.class),
  SIGNATORY_SIGNED("signatory.signed", Topics.SIGNATORIES, "signatory", SignatorySigned.class),
  SIGNATORY_WITHDRAWN(
      "signatory.withdrawn", Topics.SIGNATORIES, "signatory", SignatoryWithdrawn.class),
  SIGNATORY_RESIGNED(
      "signatory.resigned", Topics.SIGNATORIES, "signatory", SignatoryResigned.class),
  SIGNATORY_CHAMPION_CHANGED(
      "signatory.champion-changed",
      Topics.SIGNATORIES,
      "signatory",
      SignatoryChampionChanged.class),

  PLAN_CREATED("plan.created", Topics.ACTIONPLANS, "plan", PlanCreated.class),
  PLAN_PUBLISHED("plan.published", Topics.ACTIONPLANS, "plan", PlanPublished.class),
  ACTION_CREATED("action.created", Topics.ACTIONPLANS, "action", ActionCreated.class),
  ACTION_UPDATED("action.updated", Topics.ACTIONPLANS, "action", ActionUpdated.class),
  ACTION_PROGRESS_RECORDED(
      "action.progress-recorded", Topics.ACTIONPLANS, "action", ActionProgressRecorded.class),
  ACTION_STATUS_CHANGED(
      "action.status-changed", Topics.ACTIONPLANS, "action", ActionStatusChanged.class),
  ACTION_OVERDUE("action.overdue", Topics.ACTIONPLANS, "action", ActionOverdue.class),

  DISPUTE_OPENED("dispute.opened", Topics.DISPUTES, "dispute", DisputeOpened.class),
  DISPUTE_NOTIFIED_RESOLVED_INTERNALLY(
      "dispute.notified-resolved-internally",
      Topics.DISPUTES,
      "dispute",
      DisputeNotifiedResolvedInternally.class),
  DISPUTE_STAGE_ADVANCED(
      "dispute.stage-advanced", Topics.DISPUTES, "dispute", DisputeStageAdvanced.class),
  DISPUTE_PANEL_CONVENED(
      "dispute.panel-convened", Topics.DISPUTES, "dispute", DisputePanelConvened.class),
  DISPUTE_RELATEDNESS_DECIDED(
      "dispute.relatedness-decided", Topics.DISPUTES, "dispute", DisputeRelatednessDecided.class),
  DISPUTE_HEARING_SCHEDULED(
      "dispute.hearing-scheduled", Topics.DISPUTES, "dispute", DisputeHearingScheduled.class),
  DISPUTE_HEARING_HELD(
      "dispute.hearing-held", Topics.DISPUTES, "dispute", DisputeHearingHeld.class),
  DISPUTE_DEADLINE_MISSED(
      "dispute.deadline-missed", Topics.DISPUTES, "dispute", DisputeDeadlineMissed.class),
  DISPUTE_CLOSED("dispute.closed", Topics.DISPUTES, "dispute", DisputeClosed.class),
  DISPUTE_SUMMARY_PUBLISHED(
      "dispute.summary-published", Topics.DISPUTES, "dispute", DisputeSummaryPublished.class),

  CONSULTATION_SCHEDULED(
      "consultation.scheduled", Topics.CONSULTATIONS, "consultation", ConsultationScheduled.class),
  CONSULTATION_UPDATED(
      "consultation.updated", Topics.CONSULTATIONS, "consultation", ConsultationUpdated.class),
  CONSULTATION_OPENED(
      "consultation.opened", Topics.CONSULTATIONS, "consultation", ConsultationOpened.class),
  CONSULTATION_CLOSED(
      "consultation.closed", Topics.CONSULTATIONS, "consultation", ConsultationClosed.class),
  CONSULTATION_RESULTS_PUBLISHED(
      "consultation.results-published",
      Topics.CONSULTATIONS,
      "consultation",
      ConsultationResultsPublished.class),
  CONSULTATION_OUTCOME_PUBLISHED(
      "consultation.outcome-published",
      Topics.CONSULTATIONS,
      "consultation",
      ConsultationOutcomePublished.class),
  CONSULTATION_CANCELLED(
      "consultation.cancelled", Topics.CONSULTATIONS, "consultation", ConsultationCancelled.class);

  /** Version of every payload schema today; bump per type when a payload changes compatibly. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  private final String type;
  private final String topic;
  private final String aggregateType;
  private final Class<? extends EventPayload> payloadClass;

  EventType(
      String type, String topic, String aggregateType, Class<? extends EventPayload> payloadClass) {
    this.type = type;
    this.topic = topic;
    this.aggregateType = aggregateType;
    this.payloadClass = payloadClass;
  }

  public String type() {
    return type;
  }

  public String topic() {
    return topic;
  }

  public String aggregateType() {
    return aggregateType;
  }

  public int schemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  public Class<? extends EventPayload> payloadClass() {
    return payloadClass;
  }

  public static Optional<EventType> fromType(String type) {
    return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
  }

  public static Optional<EventType> forPayload(Class<?> payloadClass) {
    return Arrays.stream(values()).filter(t -> t.payloadClass.equals(payloadClass)).findFirst();
  }
}
