package org.compact.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.testsupport.Db;
import org.compact.testsupport.SharedKafka;

/**
 * Publishes real envelopes to the shared Kafka as the services' outbox relays do (key = aggregate
 * id) and waits, with a deadline, until the read model has applied them.
 */
final class TestEvents implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Instant OCCURRED = Instant.parse("2026-01-01T10:00:00Z");

  private final KafkaProducer<String, String> producer;
  private final Db db;

  TestEvents(DataSource dataSource) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    producer = new KafkaProducer<>(props);
    db = new Db(dataSource);
  }

  /** An envelope as a service would write it; occurredAt is deliberately not the business date. */
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
    publish(EventType.fromType(envelope.type()).orElseThrow().topic(), envelope);
  }

  /** For envelopes of types the contracts do not know. */
  void publish(String topic, EventEnvelope envelope) {
    publishRaw(topic, envelope.aggregateId(), EventCodec.write(envelope));
  }

  /** Where the record landed (partition and offset). */
  RecordMetadata publishRaw(String topic, String key, String value) {
    try {
      return producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish to " + topic, e);
    }
  }

  /** An envelope under another record key than its aggregate id (same key, same partition). */
  RecordMetadata publishWithKey(String key, EventEnvelope envelope) {
    return publishRaw(
        EventType.fromType(envelope.type()).orElseThrow().topic(), key, EventCodec.write(envelope));
  }

  long facts(UUID eventId) {
    return db.count("select count(*) from report_fact where event_id = ?", eventId);
  }

  void awaitApplied(EventEnvelope... envelopes) {
    for (EventEnvelope envelope : envelopes) {
      await(
          () -> facts(envelope.eventId()) == 1,
          "event " + envelope.type() + " " + envelope.eventId() + " applied");
    }
  }

  static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        TimeUnit.MILLISECONDS.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
    assertThat(condition.getAsBoolean()).as("within " + TIMEOUT + ": " + what).isTrue();
  }

  Db db() {
    return db;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
