package org.compact.testsupport;

import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventType;

/**
 * Publishes to the shared Kafka as the services' outbox relays do: the envelope's own topic, key =
 * aggregate id, acks=all, and waits for the broker's acknowledgement. One producer per test JVM.
 */
public final class KafkaEvents {
  private static KafkaProducer<String, String> producer;

  private KafkaEvents() {}

  /** Publishes an envelope of a type the contracts know to its topic. */
  public static void publish(EventEnvelope envelope) {
    String topic =
        EventType.fromType(envelope.type())
            .orElseThrow(() -> new IllegalArgumentException("unknown type " + envelope.type()))
            .topic();
    publishRaw(topic, envelope.aggregateId(), EventCodec.write(envelope));
  }

  /** Publishes any value (also one that is not an event) to {@code topic}. */
  public static synchronized void publishRaw(String topic, String key, String value) {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(props);
    }
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish to " + topic, e);
    }
  }
}
