package org.compact.reporting.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.compact.contracts.Topics;

/**
 * Micrometer meters of the read-model consumer: lag per topic, and per topic how many records were
 * applied, ignored as duplicates, skipped as unknown, dead-lettered, or failed an attempt.
 */
@ApplicationScoped
public class ConsumerMetrics {
  @Inject MeterRegistry registry;

  private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  void register() {
    for (String topic : Topics.ALL) {
      AtomicLong value = lag.computeIfAbsent(topic, t -> new AtomicLong(-1));
      Gauge.builder("compact.reporting.consumer.lag", value, AtomicLong::get)
          .description("Records not yet applied to the read model (-1 while unknown)")
          .tag("topic", topic)
          .register(registry);
      for (ReadModelWriter.Outcome outcome : ReadModelWriter.Outcome.values()) {
        outcomeCounter(topic, outcome);
      }
      failedCounter(topic);
    }
  }

  void recorded(String topic, ReadModelWriter.Outcome outcome) {
    outcomeCounter(topic, outcome).increment();
  }

  void failedAttempt(String topic) {
    failedCounter(topic).increment();
  }

  void lag(String topic, long records) {
    lag.computeIfAbsent(topic, t -> new AtomicLong()).set(records);
  }

  public long lag(String topic) {
    AtomicLong value = lag.get(topic);
    return value == null ? -1 : value.get();
  }

  public long count(ReadModelWriter.Outcome outcome) {
    return Topics.ALL.stream().mapToLong(t -> (long) outcomeCounter(t, outcome).count()).sum();
  }

  public long failedAttempts() {
    return Topics.ALL.stream().mapToLong(t -> (long) failedCounter(t).count()).sum();
  }

  private Counter outcomeCounter(String topic, ReadModelWriter.Outcome outcome) {
    String name =
        outcome == ReadModelWriter.Outcome.DEAD_LETTERED
            ? "compact.reporting.events.dead.lettered"
            : "compact.reporting.events.processed";
    return counters.computeIfAbsent(
        topic + "/" + outcome,
        k ->
            outcome == ReadModelWriter.Outcome.DEAD_LETTERED
                ? Counter.builder(name)
                    .description("Messages moved to the dead-letter table")
                    .tag("topic", topic)
                    .register(registry)
                : Counter.builder(name)
                    .description("Events taken from the topic, by outcome")
                    .tag("topic", topic)
                    .tag("outcome", outcome.name().toLowerCase())
                    .register(registry));
  }

  private Counter failedCounter(String topic) {
    return counters.computeIfAbsent(
        topic + "/failed",
        k ->
            Counter.builder("compact.reporting.events.failed")
                .description("Attempts to apply a record that failed (retried or dead-lettered)")
                .tag("topic", topic)
                .register(registry));
  }
}
