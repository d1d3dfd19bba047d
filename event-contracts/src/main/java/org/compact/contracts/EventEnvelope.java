package org.compact.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every event travels in. {@code payload} stays a JSON tree so a consumer can skip
 * types and versions it does not know; {@link EventCodec#payload} turns it into the typed record.
 */
public record EventEnvelope(
    UUID eventId,
    String type,
    int schemaVersion,
    String aggregateType,
    String aggregateId,
    long aggregateVersion,
    Instant occurredAt,
    JsonNode payload) {}
