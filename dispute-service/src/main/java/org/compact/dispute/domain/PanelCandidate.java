package org.compact.dispute.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A roster member proposed for a panel. {@code sector} is the member's organisation's sector from
 * the replica (null when the replica does not know the organisation).
 */
public record PanelCandidate(
    UUID memberId,
    String subject,
    UUID organisationId,
    String sector,
    int rosterYear,
    Set<UUID> declaredInterests) {}
