package org.compact.notification.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What the service learnt from earlier events, for events that do not repeat it. */
public interface ReplicaView {
  /** PROSPECT, SIGNED or WITHDRAWN after the last signatory event seen, if any. */
  Optional<String> signatoryStatus(UUID signatoryId);

  /** True once plan.published was seen for the plan. */
  boolean planPublished(UUID planId);

  /** The lead organisations of the action (from action.created / action.updated). */
  Set<UUID> actionLeads(UUID actionId);

  /** The party organisations of the dispute (from dispute.opened). */
  Set<UUID> disputeParties(UUID disputeId);
}
