package org.compact.notification.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
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
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.contracts.signatory.SignatoryWithdrawn;

/**
 * The read rules of the services' APIs (DOMAIN.md), applied to events:
 *
 * <ul>
 *   <li>signatory: public while SIGNED; a PROSPECT or WITHDRAWN organisation only to its own
 *       partners (the status after the event counts);
 *   <li>plan and action: public once the plan is PUBLISHED; draft plans only to compact-admin;
 *   <li>consultation: public (PLANNED ones included);
 *   <li>dispute: never public; only the parties' partners (and compact-admin) know a case exists,
 *       also for a published summary, whose public form carries no dispute id.
 * </ul>
 *
 * When the service has not seen what it needs (e.g. the plan of an action), the event is not
 * public: the rule fails closed.
 */
public final class EventAudiences {
  public static final String SIGNED = "SIGNED";

  private EventAudiences() {}

  public static EventAudience of(EventType type, EventPayload payload, ReplicaView seen) {
    EventFamily family = EventFamily.of(type);
    return switch (payload) {
      case SignatoryRegistered e -> signatory(e.signatoryId(), e.status());
      case SignatorySigned e -> signatory(e.signatoryId(), SIGNED);
      case SignatoryResigned e -> signatory(e.signatoryId(), SIGNED);
      case SignatoryWithdrawn e -> signatory(e.signatoryId(), "WITHDRAWN");
      case SignatoryUpdated e -> signatory(e.signatoryId(), statusOf(seen, e.signatoryId()));
      case SignatoryChampionChanged e ->
          signatory(e.signatoryId(), statusOf(seen, e.signatoryId()));
      case PlanCreated e -> plan(false);
      case PlanPublished e -> plan(true);
      case ActionCreated e -> action(seen, e.planId(), leads(e.leadSignatoryIds()));
      case ActionUpdated e -> action(seen, e.planId(), leads(e.leadSignatoryIds()));
      case ActionProgressRecorded e -> action(seen, e.planId(), seen.actionLeads(e.actionId()));
      case ActionStatusChanged e -> action(seen, e.planId(), seen.actionLeads(e.actionId()));
      case ActionOverdue e -> action(seen, e.planId(), seen.actionLeads(e.actionId()));
      case ConsultationScheduled e -> consultation(e.ownerId());
      case ConsultationUpdated e -> consultation(e.ownerId());
      case ConsultationOpened e -> consultation(e.ownerId());
      case ConsultationClosed e -> consultation(e.ownerId());
      case ConsultationResultsPublished e -> consultation(e.ownerId());
      case ConsultationOutcomePublished e -> consultation(e.ownerId());
      case ConsultationCancelled e -> consultation(e.ownerId());
      case DisputeOpened e -> dispute(parties(e.parties()));
      case DisputeNotifiedResolvedInternally e -> dispute(parties(e.parties()));
      case DisputeStageAdvanced e -> dispute(seen.disputeParties(e.disputeId()));
      case DisputePanelConvened e -> dispute(seen.disputeParties(e.disputeId()));
      case DisputeRelatednessDecided e -> dispute(seen.disputeParties(e.disputeId()));
      case DisputeHearingScheduled e -> dispute(seen.disputeParties(e.disputeId()));
      case DisputeHearingHeld e -> dispute(seen.disputeParties(e.disputeId()));
      case DisputeDeadlineMissed e -> dispute(seen.disputeParties(e.disputeId()));
      case DisputeClosed e -> dispute(seen.disputeParties(e.disputeId()));
      case DisputeSummaryPublished e -> dispute(seen.disputeParties(e.disputeId()));
      default -> new EventAudience(family, false, Set.of(), Set.of());
    };
  }

  private static String statusOf(ReplicaView seen, UUID signatoryId) {
    return seen.signatoryStatus(signatoryId).orElse(null);
  }

  private static EventAudience signatory(UUID id, String statusAfter) {
    return new EventAudience(
        EventFamily.SIGNATORY, SIGNED.equals(statusAfter), Set.of(id), Set.of(id));
  }

  private static EventAudience plan(boolean published) {
    return new EventAudience(EventFamily.PLAN, published, Set.of(), Set.of());
  }

  private static EventAudience action(ReplicaView seen, UUID planId, Set<UUID> leads) {
    return new EventAudience(EventFamily.ACTION, seen.planPublished(planId), Set.of(), leads);
  }

  private static EventAudience consultation(UUID owner) {
    Set<UUID> owners = owner == null ? Set.of() : Set.of(owner);
    return new EventAudience(EventFamily.CONSULTATION, true, owners, owners);
  }

  private static EventAudience dispute(Set<UUID> parties) {
    return new EventAudience(EventFamily.DISPUTE, false, parties, parties);
  }

  static Set<UUID> leads(List<UUID> ids) {
    return ids == null ? Set.of() : Set.copyOf(ids);
  }

  static Set<UUID> parties(List<PartyRef> parties) {
    return parties == null
        ? Set.of()
        : Set.copyOf(parties.stream().map(PartyRef::signatoryId).toList());
  }
}
