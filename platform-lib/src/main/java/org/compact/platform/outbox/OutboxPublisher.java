package org.compact.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The relay's Kafka producer: idempotent, acks=all, short blocking so an outage fails fast. */
@ApplicationScoped
public class OutboxPublisher {
  public static final String TYPE_HEADER = "eventType";
  public static final String ID_HEADER = "eventId";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = "quarkus.application.name", defaultValue = "compact")
  String applicationName;

  /**
   * The Kafka client settings of the deployment (kafka.* / KAFKA_*), e.g. SASL_SSL on Kubernetes.
   */
  @Inject
  @Identifier("default-kafka-broker")
  Map<String, Object> kafkaClientConfig;

  private KafkaProducer<String, String> producer;

  record Message(long id, String topic, String key, String type, String eventId, String envelope) {}

  /** Ids acknowledged by the broker, in order, up to the first failure. */
  record Outcome(List<Long> acknowledgedIds, Exception failure) {}

  synchronized Outcome publish(List<Message> messages, Duration timeout) {
    List<Future<RecordMetadata>> sent = new ArrayList<>(messages.size());
    Exception failure = null;
    try {
      KafkaProducer<String, String> kafka = producer();
      for (Message message : messages) {
        ProducerRecord<String, String> record =
            new ProducerRecord<>(message.topic(), message.key(), message.envelope());
        record.headers().add(TYPE_HEADER, message.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(ID_HEADER, message.eventId().getBytes(StandardCharsets.UTF_8));
        Future<RecordMetadata> future = kafka.send(record);
        sent.add(future);
        if (future.isDone() && failed(future)) {
          break; // the broker is unreachable; later sends would only block again
        }
      }
    } catch (RuntimeException e) {
      failure = e;
    }
    List<Long> acknowledged = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int i = 0; i < sent.size() && failure == null; i++) {
      try {
        sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        acknowledged.add(messages.get(i).id());
      } catch (ExecutionException e) {
        failure = e.getCause() instanceof Exception cause ? cause : e;
      } catch (TimeoutException e) {
        failure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = e;
      }
    }
    if (failure != null) {
      reset(); // a fresh producer reconnects cleanly after a broker restart
    }
    return new Outcome(acknowledged, failure);
  }

  private static boolean failed(Future<RecordMetadata> future) {
    try {
      future.get();
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  private KafkaProducer<String, String> producer() {
    if (producer == null) {
      Properties props = new Properties();
      kafkaClientConfig.forEach(
          (key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
              props.put(key, value);
            }
          });
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
      props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000");
      props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  private void reset() {
    if (producer != null) {
      producer.close(Duration.ZERO);
      producer = null;
    }
  }

  synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }
}
