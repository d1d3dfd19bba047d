package org.compact.reporting.events;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.contracts.MalformedEventException;

/**
 * A Kafka record decoded outside any transaction: the envelope and, for a known type and version,
 * the typed payload. Anything that is not an event throws {@link MalformedEventException}.
 */
record ParsedRecord(
    String topic,
    int partition,
    long offset,
    EventEnvelope envelope,
    Optional<EventType> type,
    Optional<EventPayload> payload) {

  static ParsedRecord of(ConsumerRecord<String, String> record) {
    if (record.value() == null) {
      throw new MalformedEventException("empty message");
    }
    EventEnvelope envelope = EventCodec.read(record.value());
    if (envelope.aggregateId() == null || envelope.aggregateId().isBlank()) {
      throw new MalformedEventException("envelope lacks aggregateId");
    }
    Optional<EventPayload> payload = EventCodec.payload(envelope);
    return new ParsedRecord(
        record.topic(),
        record.partition(),
        record.offset(),
        envelope,
        payload.flatMap(p -> EventType.fromType(envelope.type())),
        payload);
  }

  boolean known() {
    return payload.isPresent();
  }
}
