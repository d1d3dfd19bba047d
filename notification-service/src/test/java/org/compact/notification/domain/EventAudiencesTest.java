package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.consultation.ConsultationDetails;
import org.compact.contracts.consultation.ConsultationOpened;
import org.compact.contracts.consultation.LeadIn;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.dispute.DisputeSummaryPublished;
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.dispute.PartyRole;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.junit.jupiter.api.Test;

class EventAudiencesTest {
  static final LocalDate DAY = LocalDate.of(2026, 1, 5);
  final UUID charity = UUID.randomUUID();
  final UUID council = UUID.randomUUID();
  final UUID bystander = UUID.randomUUID();
  final SeenEvents seen = new SeenEvents();

  static EventAudience of(EventPayload payload, ReplicaView seen) {
    return EventAudiences.of(EventType.forPayload(payload.getClass()).orElseThrow(), payload, seen);
  }

  @Test
  void disputeEventsAreReadableOnlyByThePartiesAlsoWhenTheEventNamesNoParties() {
    UUID dispute = UUID.randomUUID();
    EventAudience opened = of(opened(dispute), seen);
    seen.parties.put(dispute, Set.of(charity, council));
    EventAudience closed =
        of(new DisputeClosed(dispute, DisputeOutcome.RESOLVED, "STAGE_1", DAY, DAY), seen);

    for (EventAudience audience : List.of(opened, closed)) {
      assertThat(audience.publicToPartners()).isFalse();
      assertThat(audience.readableBy(charity)).isTrue();
      assertThat(audience.readableBy(council)).isTrue();
      assertThat(audience.readableBy(bystander)).isFalse();
    }
  }

  @Test
  void aPublishedDisputeSummaryStaysWithThePartiesBecauseItCarriesTheDisputeId() {
    UUID dispute = UUID.randomUUID();
    seen.parties.put(dispute, Set.of(charity, council));
    EventAudience audience =
        of(
            new DisputeSummaryPublished(
                dispute, "summary", "lessons", List.of(), DisputeOutcome.RESOLVED, DAY),
            seen);
    assertThat(audience.readableBy(bystander)).isFalse();
    assertThat(audience.readableBy(charity)).isTrue();
  }

  @Test
  void anUnknownDisputeIsReadableByNoPartnerTheRuleFailsClosed() {
    EventAudience audience =
        of(
            new DisputeClosed(UUID.randomUUID(), DisputeOutcome.RESOLVED, "STAGE_1", DAY, DAY),
            seen);
    assertThat(audience.readableBy(charity)).isFalse();
    assertThat(audience.readers()).isEmpty();
  }

  @Test
  void aSignatoryIsPublicWhileSignedAndOtherwiseOnlyItsOwnPartnersReadIt() {
    EventAudience prospect =
        of(
            new SignatoryRegistered(
                charity, "Charity", "VCS", "charity", "Stafford", "PROSPECT", DAY, List.of()),
            seen);
    EventAudience signed =
        of(new SignatorySigned(charity, "Charity", "VCS", "charity", DAY, List.of()), seen);
    EventAudience withdrawn = of(new SignatoryWithdrawn(charity, "VCS", DAY, "merged"), seen);

    assertThat(prospect.readableBy(bystander)).isFalse();
    assertThat(prospect.readableBy(charity)).isTrue();
    assertThat(signed.readableBy(bystander)).isTrue();
    assertThat(withdrawn.readableBy(bystander)).isFalse();
    assertThat(withdrawn.readableBy(charity)).isTrue();
    assertThat(prospect.concerned()).containsExactly(charity);
  }

  @Test
  void anUpdateOfASignatoryTakesTheStatusSeenBefore() {
    SignatoryUpdated update =
        new SignatoryUpdated(charity, "Charity", "VCS", "charity", "Stafford", DAY, List.of());
    assertThat(of(update, seen).publicToPartners()).isFalse();
    seen.signatories.put(charity, "SIGNED");
    assertThat(of(update, seen).publicToPartners()).isTrue();
  }

  @Test
  void planAndActionEventsArePublicOnlyOnceThePlanIsPublished() {
    UUID plan = UUID.randomUUID();
    UUID action = UUID.randomUUID();
    ActionCreated created =
        new ActionCreated(
            action,
            plan,
            Priority.HIGH,
            ActionStatus.NOT_STARTED,
            "June 2026",
            DAY,
            List.of(council),
            DAY);

    assertThat(of(new PlanCreated(plan, "Plan", "2026-27", DAY), seen).publicToPartners())
        .isFalse();
    assertThat(of(created, seen).readableBy(council))
        .as("leading an action of a draft plan does not make it readable")
        .isFalse();
    assertThat(of(new PlanPublished(plan, "Plan", "2026-27", DAY, DAY), seen).publicToPartners())
        .isTrue();
    seen.publishedPlans.add(plan);
    assertThat(of(created, seen).publicToPartners()).isTrue();
    assertThat(of(created, seen).concerned()).containsExactly(council);
  }

  @Test
  void actionEventsWithoutLeadsTakeTheLeadsSeenBefore() {
    UUID plan = UUID.randomUUID();
    UUID action = UUID.randomUUID();
    seen.publishedPlans.add(plan);
    seen.leads.put(action, Set.of(charity));
    ActionStatusChanged changed =
        new ActionStatusChanged(
            action, plan, ActionStatus.NOT_STARTED, ActionStatus.COMPLETED, DAY, DAY, Priority.LOW);
    assertThat(of(changed, seen).concerned()).containsExactly(charity);
  }

  @Test
  void consultationsArePublicAndConcernTheirOwner() {
    EventAudience audience = of(consultationOpened(council), seen);
    assertThat(audience.publicToPartners()).isTrue();
    assertThat(audience.concerned()).containsExactly(council);
    assertThat(audience.family()).isEqualTo(EventFamily.CONSULTATION);
  }

  static DisputeOpened opened(UUID dispute, UUID... parties) {
    return new DisputeOpened(
        dispute,
        "STAFFORD",
        "INFORMAL",
        java.util.Arrays.stream(parties)
            .map(p -> new PartyRef(p, PartyRole.COMPLAINANT, "VCS"))
            .toList(),
        List.of("CONSULTATION"),
        true,
        DAY);
  }

  DisputeOpened opened(UUID dispute) {
    return new DisputeOpened(
        dispute,
        "STAFFORD",
        "INFORMAL",
        List.of(
            new PartyRef(charity, PartyRole.COMPLAINANT, "VCS"),
            new PartyRef(council, PartyRole.RESPONDENT, "PUBLIC")),
        List.of("CONSULTATION"),
        true,
        DAY);
  }

  static ConsultationOpened consultationOpened(UUID owner) {
    return new ConsultationOpened(
        UUID.randomUUID(),
        owner,
        "OPEN",
        new ConsultationDetails(
            "Budget",
            List.of("RESIDENTS"),
            List.of("SURVEY"),
            false,
            true,
            DAY,
            DAY.plusDays(84),
            null),
        new LeadIn(84, 84, true, null),
        DAY);
  }
}
