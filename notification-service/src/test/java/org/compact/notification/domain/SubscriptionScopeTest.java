package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionScopeTest {
  final UUID mine = UUID.randomUUID();
  final UUID other = UUID.randomUUID();

  EventAudience dispute(UUID... parties) {
    return new EventAudience(EventFamily.DISPUTE, false, Set.of(parties), Set.of(parties));
  }

  EventAudience consultation(UUID owner) {
    return new EventAudience(EventFamily.CONSULTATION, true, Set.of(owner), Set.of(owner));
  }

  EventAudience action(boolean published, UUID... leads) {
    return new EventAudience(EventFamily.ACTION, published, Set.of(), Set.of(leads));
  }

  SubscriptionScope partner(Set<String> types, Set<SubscriptionFilter> filters) {
    return new SubscriptionScope(mine, types, filters, mine);
  }

  @Test
  void partnerReceivesDisputeEventsOnlyOfDisputesItsOrganisationIsPartyTo() {
    SubscriptionScope scope = partner(Set.of("dispute.closed"), Set.of());
    assertThat(scope.matches("dispute.closed", dispute(mine, other))).isTrue();
    assertThat(scope.matches("dispute.closed", dispute(other))).isFalse();
  }

  @Test
  void compactAdminReceivesEveryDisputeEventItSubscribed() {
    SubscriptionScope admin = new SubscriptionScope(null, Set.of("dispute.closed"), Set.of(), null);
    assertThat(admin.matches("dispute.closed", dispute(other))).isTrue();
    assertThat(admin.matches("dispute.opened", dispute(other))).isFalse();
  }

  @Test
  void unsubscribedTypesNeverMatch() {
    SubscriptionScope scope = partner(Set.of("consultation.opened"), Set.of());
    assertThat(scope.matches("consultation.closed", consultation(mine))).isFalse();
  }

  @Test
  void consultationsOfMyOrganisationKeepsOnlyConsultationsItOwns() {
    SubscriptionScope all = partner(Set.of("consultation.opened"), Set.of());
    SubscriptionScope own =
        partner(
            Set.of("consultation.opened"),
            Set.of(SubscriptionFilter.CONSULTATIONS_OF_MY_ORGANISATION));
    assertThat(all.matches("consultation.opened", consultation(other))).isTrue();
    assertThat(own.matches("consultation.opened", consultation(other))).isFalse();
    assertThat(own.matches("consultation.opened", consultation(mine))).isTrue();
  }

  @Test
  void actionsMyOrganisationLeadsKeepsOnlyActionsItLeadsOfPublishedPlans() {
    SubscriptionScope led =
        partner(Set.of("action.updated"), Set.of(SubscriptionFilter.ACTIONS_MY_ORGANISATION_LEADS));
    assertThat(led.matches("action.updated", action(true, mine, other))).isTrue();
    assertThat(led.matches("action.updated", action(true, other))).isFalse();
    assertThat(led.matches("action.updated", action(false, mine))).isFalse();
  }

  @Test
  void myDisputesNarrowsCompactAdminToTheNamedOrganisation() {
    SubscriptionScope admin =
        new SubscriptionScope(
            null, Set.of("dispute.opened"), Set.of(SubscriptionFilter.MY_DISPUTES), mine);
    assertThat(admin.matches("dispute.opened", dispute(mine))).isTrue();
    assertThat(admin.matches("dispute.opened", dispute(other))).isFalse();
  }

  @Test
  void aFilterNarrowsItsOwnFamilyAndLeavesOtherFamiliesAlone() {
    SubscriptionScope scope =
        partner(
            Set.of("consultation.opened", "action.updated"),
            Set.of(SubscriptionFilter.CONSULTATIONS_OF_MY_ORGANISATION));
    assertThat(scope.matches("action.updated", action(true, other))).isTrue();
    assertThat(scope.matches("consultation.opened", consultation(other))).isFalse();
  }

  @Test
  void aFilterWithoutAnOrganisationMatchesNothingOfItsFamily() {
    SubscriptionScope admin =
        new SubscriptionScope(
            null, Set.of("dispute.opened"), Set.of(SubscriptionFilter.MY_DISPUTES), null);
    assertThat(admin.matches("dispute.opened", dispute(mine))).isFalse();
  }
}
