package org.compact.notification.domain;

import java.util.Set;
import java.util.UUID;

/**
 * What a subscription receives. An event is delivered when its type is subscribed, the owner may
 * read it through the APIs ({@link EventAudience}), and every filter of the event's family names
 * the subscription's organisation among the organisations the event concerns.
 *
 * @param ownerOrganisation the partner organisation that owns the subscription; null for one owned
 *     by compact-admin, who reads every event
 * @param organisation the organisation the filters refer to (a partner's own; compact-admin may
 *     name one)
 */
public record SubscriptionScope(
    UUID ownerOrganisation,
    Set<String> eventTypes,
    Set<SubscriptionFilter> filters,
    UUID organisation) {

  public SubscriptionScope {
    eventTypes = Set.copyOf(eventTypes);
    filters = Set.copyOf(filters);
  }

  public boolean matches(String eventType, EventAudience audience) {
    return eventTypes.contains(eventType) && mayRead(audience) && passesFilters(audience);
  }

  /** Confidentiality: never deliver what the owner could not read through the APIs. */
  public boolean mayRead(EventAudience audience) {
    return ownerOrganisation == null || audience.readableBy(ownerOrganisation);
  }

  public boolean passesFilters(EventAudience audience) {
    return filters.stream()
        .filter(filter -> filter.family() == audience.family())
        .allMatch(filter -> organisation != null && audience.concerned().contains(organisation));
  }
}
