package org.compact.notification.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Who may read an event through the services' APIs, and which organisations it concerns.
 *
 * @param family the aggregate family of the event
 * @param publicToPartners every partner may read what the event tells (a SIGNED organisation, a
 *     PUBLISHED plan's actions, any consultation)
 * @param readers organisations whose partners may read it although it is not public (the
 *     organisation itself, a consultation's owner, a dispute's parties)
 * @param concerned organisations the event is about, for the "my organisation" filters
 */
public record EventAudience(
    EventFamily family, boolean publicToPartners, Set<UUID> readers, Set<UUID> concerned) {
  public EventAudience {
    readers = Set.copyOf(readers);
    concerned = Set.copyOf(concerned);
  }

  /** compact-admin reads every event (events carry no confidential dispute details). */
  public boolean readableBy(UUID partnerOrganisation) {
    return publicToPartners || readers.contains(partnerOrganisation);
  }
}
