package org.compact.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.compact.platform.config.ConsumerSettings;
import org.compact.platform.time.TimeSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens {@link EventStream}s: one per consumer name, each on its own thread, all stopped when the
 * application shuts down. The Kafka client takes the deployment's settings (kafka.* / KAFKA_*:
 * bootstrap servers, security, group id).
 */
@ApplicationScoped
public class EventStreams {
  @Inject ConsumerStore store;
  @Inject ConsumerSettings settings;
  @Inject MeterRegistry registry;
  @Inject TimeSource time;

  @Inject
  @Identifier("default-kafka-broker")
  Map<String, Object> kafkaClientConfig;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = "quarkus.application.name", defaultValue = "compact")
  String applicationName;

  private final List<EventStream> opened = new CopyOnWriteArrayList<>();

  /**
   * A stream (not yet started) that applies {@code topics} with {@code handler} under the consumer
   * name {@code consumer}, which keys its processed marks, positions and dead letters.
   */
  public synchronized EventStream open(String consumer, List<String> topics, EventHandler handler) {
    if (opened.stream().anyMatch(s -> s.name().equals(consumer))) {
      throw new IllegalStateException("event stream " + consumer + " is already open");
    }
    EventStream stream =
        new EventStream(
            consumer,
            topics,
            handler,
            store,
            settings,
            new StreamMetrics(registry, consumer, topics),
            kafkaProperties(consumer),
            time);
    opened.add(stream);
    return stream;
  }

  private Properties kafkaProperties(String consumer) {
    Properties props = new Properties();
    kafkaClientConfig.forEach(
        (key, value) -> {
          if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
            props.put(key, value);
          }
        });
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    Object groupId = kafkaClientConfig.get(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(
        ConsumerConfig.GROUP_ID_CONFIG, groupId == null ? applicationName : groupId.toString());
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-" + consumer);
    return props;
  }

  void onStop(@Observes ShutdownEvent event) {
    opened.forEach(EventStream::stop);
  }
}
