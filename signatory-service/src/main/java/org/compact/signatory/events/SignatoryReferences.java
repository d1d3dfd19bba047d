package org.compact.signatory.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the signatories another service's event refers to: action leads ({@code leadSignatoryIds}),
 * dispute parties ({@code parties[].signatoryId}) and consultation owners ({@code ownerId}). Reads
 * the payload as JSON, so any event type (also a newer one) that uses these fields counts.
 */
public final class SignatoryReferences {
  private SignatoryReferences() {}

  public static List<UUID> in(JsonNode payload) {
    Set<UUID> ids = new LinkedHashSet<>();
    if (payload == null) {
      return List.of();
    }
    JsonNode leads = payload.path("leadSignatoryIds");
    if (leads.isArray()) {
      leads.forEach(lead -> add(ids, lead));
    }
    JsonNode parties = payload.path("parties");
    if (parties.isArray()) {
      parties.forEach(party -> add(ids, party.path("signatoryId")));
    }
    add(ids, payload.path("ownerId"));
    return List.copyOf(ids);
  }

  private static void add(Set<UUID> ids, JsonNode node) {
    if (node.isTextual()) {
      try {
        ids.add(UUID.fromString(node.asText()));
      } catch (IllegalArgumentException e) {
        // not an id: nothing refers to a signatory here
      }
    }
  }
}
