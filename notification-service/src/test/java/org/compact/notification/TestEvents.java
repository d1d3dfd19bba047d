package org.compact.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.testsupport.SharedKafka;

/** Publishes real envelopes to the shared Kafka as the services' outbox relays do (key = id). */
final class TestEvents implements AutoCloseable {
  private static final Instant OCCURRED = Instant.parse("2026-01-05T09:00:00Z");
  private final KafkaProducer<String, String> producer;

  TestEvents() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    producer = new KafkaProducer<>(props);
  }

  static EventEnvelope envelope(long aggregateVersion, EventPayload payload) {
    EventType type = EventType.forPayload(payload.getClass()).orElseThrow();
    return EventCodec.envelope(type, aggregateVersion, OCCURRED, payload);
  }

  EventEnvelope publish(long aggregateVersion, EventPayload payload) {
    EventEnvelope envelope = envelope(aggregateVersion, payload);
    publish(envelope);
    return envelope;
  }

  void publish(EventEnvelope envelope) {
    String topic = EventType.fromType(envelope.type()).orElseThrow().topic();
    try {
      producer
          .send(new ProducerRecord<>(topic, envelope.aggregateId(), EventCodec.write(envelope)))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish to " + topic, e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
