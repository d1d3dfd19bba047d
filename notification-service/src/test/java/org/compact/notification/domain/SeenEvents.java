package org.compact.notification.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A replica view in memory, for the pure rules. */
final class SeenEvents implements ReplicaView {
  final Map<UUID, String> signatories = new HashMap<>();
  final Set<UUID> publishedPlans = new HashSet<>();
  final Map<UUID, Set<UUID>> leads = new HashMap<>();
  final Map<UUID, Set<UUID>> parties = new HashMap<>();

  @Override
  public Optional<String> signatoryStatus(UUID signatoryId) {
    return Optional.ofNullable(signatories.get(signatoryId));
  }

  @Override
  public boolean planPublished(UUID planId) {
    return publishedPlans.contains(planId);
  }

  @Override
  public Set<UUID> actionLeads(UUID actionId) {
    return leads.getOrDefault(actionId, Set.of());
  }

  @Override
  public Set<UUID> disputeParties(UUID disputeId) {
    return parties.getOrDefault(disputeId, Set.of());
  }
}
