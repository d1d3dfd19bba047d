package org.compact.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.consultation.ConsultationDetails;
import org.compact.contracts.consultation.ConsultationOpened;
import org.compact.contracts.consultation.LeadIn;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.dispute.PartyRole;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatorySigned;

/** Event payloads as the services emit them (illustrative values). */
final class Payloads {
  static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private Payloads() {}

  static ConsultationOpened consultationOpened(UUID owner) {
    return consultationOpened(owner, UUID.randomUUID());
  }

  static ConsultationOpened consultationOpened(UUID owner, UUID consultation) {
    return new ConsultationOpened(
        consultation,
        owner,
        "OPEN",
        new ConsultationDetails(
            "Library opening hours",
            List.of("RESIDENTS"),
            List.of("SURVEY"),
            false,
            true,
            DAY,
            DAY.plusDays(84),
            DAY.plusDays(120)),
        new LeadIn(84, 84, true, null),
        DAY);
  }

  static DisputeOpened disputeOpened(UUID dispute, UUID complainant, UUID respondent) {
    return new DisputeOpened(
        dispute,
        "STAFFORD",
        "INFORMAL",
        List.of(
            new PartyRef(complainant, PartyRole.COMPLAINANT, "VCS"),
            new PartyRef(respondent, PartyRole.RESPONDENT, "PUBLIC")),
        List.of("CONSULTATION"),
        true,
        DAY);
  }

  static DisputeClosed disputeClosed(UUID dispute) {
    return new DisputeClosed(dispute, DisputeOutcome.RESOLVED, "STAGE_1", DAY, DAY.plusDays(30));
  }

  static SignatoryRegistered prospect(UUID organisation) {
    return new SignatoryRegistered(
        organisation,
        "Illustrative Trust",
        "VCS",
        "charity",
        "Stafford",
        "PROSPECT",
        DAY,
        List.of());
  }

  static SignatorySigned signed(UUID organisation) {
    return new SignatorySigned(
        organisation, "Illustrative Trust", "VCS", "charity", DAY, List.of("CONSULTATION"));
  }

  static PlanCreated planCreated(UUID plan) {
    return new PlanCreated(plan, "Compact action plan", "2026-27", DAY);
  }

  static PlanPublished planPublished(UUID plan) {
    return new PlanPublished(plan, "Compact action plan", "2026-27", DAY, DAY);
  }

  static ActionCreated actionCreated(UUID plan, UUID... leads) {
    return new ActionCreated(
        UUID.randomUUID(),
        plan,
        Priority.HIGH,
        ActionStatus.NOT_STARTED,
        "June 2026",
        LocalDate.of(2026, 6, 30),
        List.of(leads),
        DAY);
  }
}
