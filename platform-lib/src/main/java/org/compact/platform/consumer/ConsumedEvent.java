package org.compact.platform.consumer;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.contracts.MalformedEventException;

/**
 * A Kafka record decoded outside any transaction: where it came from, the envelope and, for a known
 * type and version, the typed payload. Anything that is not an event throws {@link
 * MalformedEventException} (and is dead-lettered by the stream).
 */
public record ConsumedEvent(
    String topic,
    int partition,
    long offset,
    EventEnvelope envelope,
    Optional<EventType> type,
    Optional<EventPayload> payload) {

  public static ConsumedEvent of(ConsumerRecord<String, String> record) {
    return of(record.topic(), record.partition(), record.offset(), record.value());
  }

  public static ConsumedEvent of(String topic, int partition, long offset, String value) {
    if (value == null) {
      throw new MalformedEventException("empty message");
    }
    EventEnvelope envelope = EventCodec.read(value);
    if (envelope.aggregateId() == null || envelope.aggregateId().isBlank()) {
      throw new MalformedEventException("envelope lacks aggregateId");
    }
    Optional<EventPayload> payload = EventCodec.payload(envelope);
    return new ConsumedEvent(
        topic,
        partition,
        offset,
        envelope,
        payload.flatMap(p -> EventType.fromType(envelope.type())),
        payload);
  }

  /** A type and schema version this service knows (else the event is skipped). */
  public boolean known() {
    return payload.isPresent();
  }

  /** The typed payload of a known event. */
  public EventPayload requirePayload() {
    return payload.orElseThrow();
  }
}
