package org.compact.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Micrometer meters of one event stream, tagged with the consumer and topic: lag, records by
 * outcome, and failed attempts (retried or dead-lettered).
 */
final class StreamMetrics {
  private final List<String> topics;
  private final Map<String, AtomicLong> lag = new HashMap<>();
  private final Map<String, Map<ConsumeOutcome, Counter>> outcomes = new HashMap<>();
  private final Map<String, Counter> failed = new HashMap<>();

  StreamMetrics(MeterRegistry registry, String consumer, List<String> topics) {
    this.topics = List.copyOf(topics);
    for (String topic : topics) {
      AtomicLong value = new AtomicLong(-1);
      lag.put(topic, value);
      Gauge.builder("compact.consumer.lag", value, AtomicLong::get)
          .description("Records not yet applied (-1 while unknown)")
          .tag("consumer", consumer)
          .tag("topic", topic)
          .register(registry);
      Map<ConsumeOutcome, Counter> byOutcome = new EnumMap<>(ConsumeOutcome.class);
      for (ConsumeOutcome outcome : ConsumeOutcome.values()) {
        byOutcome.put(
            outcome,
            Counter.builder("compact.consumer.events")
                .description("Records taken from the topic, by outcome")
                .tag("consumer", consumer)
                .tag("topic", topic)
                .tag("outcome", outcome.name().toLowerCase())
                .register(registry));
      }
      outcomes.put(topic, byOutcome);
      failed.put(
          topic,
          Counter.builder("compact.consumer.failed.attempts")
              .description("Attempts to apply a record that failed (retried or dead-lettered)")
              .tag("consumer", consumer)
              .tag("topic", topic)
              .register(registry));
    }
  }

  void recorded(String topic, ConsumeOutcome outcome) {
    Map<ConsumeOutcome, Counter> byOutcome = outcomes.get(topic);
    if (byOutcome != null) {
      byOutcome.get(outcome).increment();
    }
  }

  void failedAttempt(String topic) {
    Counter counter = failed.get(topic);
    if (counter != null) {
      counter.increment();
    }
  }

  void lag(String topic, long records) {
    AtomicLong value = lag.get(topic);
    if (value != null) {
      value.set(records);
    }
  }

  Map<String, Long> lag() {
    Map<String, Long> out = new HashMap<>();
    topics.forEach(t -> out.put(t, lag.get(t).get()));
    return out;
  }

  long count(ConsumeOutcome outcome) {
    return topics.stream().mapToLong(t -> (long) outcomes.get(t).get(outcome).count()).sum();
  }

  long failedAttempts() {
    return topics.stream().mapToLong(t -> (long) failed.get(t).count()).sum();
  }
}
