package org.compact.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.EventType;
import org.compact.notification.domain.EventFamily;
import org.compact.notification.domain.SubscriptionFilter;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * The 422 rules of a subscription request: known event types, filters that name an organisation and
 * apply to a subscribed family, and a partner subscribing for its own organisation only.
 */
final class SubscriptionRules {
  private SubscriptionRules() {}

  /** A validated request: event types and filters deduplicated, the filter organisation fixed. */
  record Checked(List<String> eventTypes, List<String> filters, UUID organisationId) {}

  static Checked check(SubscriptionInput input, UUID partnerOrganisation) {
    List<Problem.Violation> violations = new ArrayList<>();
    Set<String> types = new LinkedHashSet<>();
    Set<EventFamily> families = new LinkedHashSet<>();
    List<String> requested = input.eventTypes() == null ? List.of() : input.eventTypes();
    for (int i = 0; i < requested.size(); i++) {
      String name = requested.get(i) == null ? "" : requested.get(i).strip();
      var type = EventType.fromType(name);
      if (type.isEmpty()) {
        violations.add(
            new Problem.Violation(
                "eventTypes[" + i + "]",
                "unknown event type '" + name + "'; GET /webhooks/event-types lists them"));
      } else {
        types.add(name);
        families.add(EventFamily.of(type.get()));
      }
    }
    Set<SubscriptionFilter> filters =
        new LinkedHashSet<>(input.filters() == null ? List.of() : input.filters());
    for (SubscriptionFilter filter : filters) {
      if (!families.contains(filter.family())) {
        violations.add(
            new Problem.Violation(
                "filters",
                filter
                    + " narrows "
                    + filter.family().name().toLowerCase()
                    + " events, but no such event type is subscribed"));
      }
    }
    UUID organisation = input.organisationId();
    if (partnerOrganisation != null) {
      if (organisation != null && !organisation.equals(partnerOrganisation)) {
        violations.add(
            new Problem.Violation(
                "organisationId",
                "a partner subscribes for its own organisation ("
                    + partnerOrganisation
                    + "); leave it out"));
      }
      organisation = partnerOrganisation;
    } else if (!filters.isEmpty() && organisation == null) {
      violations.add(
          new Problem.Violation(
              "organisationId", "filters need the organisation they refer to (organisationId)"));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.ruleViolation(
          "The subscription breaks " + violations.size() + " rule(s)", violations);
    }
    return new Checked(List.copyOf(types), filters.stream().map(Enum::name).toList(), organisation);
  }
}
