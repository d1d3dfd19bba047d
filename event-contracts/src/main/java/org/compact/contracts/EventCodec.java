package org.compact.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes envelopes. Readers tolerate unknown payload fields (a newer producer may add
 * fields, the schemas only ever grow) and return empty for unknown types.
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private EventCodec() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static EventEnvelope envelope(
      EventType type, long aggregateVersion, Instant occurredAt, EventPayload payload) {
    return new EventEnvelope(
        UUID.randomUUID(),
        type.type(),
        type.schemaVersion(),
        type.aggregateType(),
        payload.aggregateId(),
        aggregateVersion,
        occurredAt,
        MAPPER.valueToTree(payload));
  }

  public static String write(EventEnvelope envelope) {
    try {
      return MAPPER.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise event " + envelope.type(), e);
    }
  }

  /** Parses an envelope; throws {@link MalformedEventException} when it is not one. */
  public static EventEnvelope read(String json) {
    try {
      EventEnvelope envelope = MAPPER.readValue(json, EventEnvelope.class);
      if (envelope == null
          || envelope.eventId() == null
          || envelope.type() == null
          || envelope.payload() == null) {
        throw new MalformedEventException("envelope lacks eventId, type or payload");
      }
      return envelope;
    } catch (JsonProcessingException e) {
      throw new MalformedEventException("not an event envelope: " + e.getOriginalMessage());
    }
  }

  /** The typed payload, or empty when the type is unknown or its schema version is newer. */
  public static Optional<EventPayload> payload(EventEnvelope envelope) {
    Optional<EventType> type = EventType.fromType(envelope.type());
    if (type.isEmpty() || envelope.schemaVersion() > type.get().schemaVersion()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.treeToValue(envelope.payload(), type.get().payloadClass()));
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(
          "payload of " + envelope.type() + " is malformed: " + e.getOriginalMessage());
    }
  }

  public static <T extends EventPayload> T payload(EventEnvelope envelope, Class<T> type) {
    return type.cast(
        payload(envelope)
            .orElseThrow(() -> new MalformedEventException("unexpected " + envelope.type())));
  }
}
