package org.compact.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;

/**
 * Reads every partition of a topic from the beginning (no consumer group) and waits, with a
 * deadline, for events matching a condition. Keeps every record seen so tests can count duplicates.
 */
public final class EventCapture implements AutoCloseable {
  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen =
      Collections.synchronizedList(new ArrayList<>());

  public EventCapture(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    consumer = new KafkaConsumer<>(props);
    // assigned partitions, no consumer group: no coordinator or rebalance to wait for
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Polls until a record satisfies {@code condition} or the deadline passes (then fails). */
  public ConsumerRecord<String, String> awaitRecord(
      Predicate<ConsumerRecord<String, String>> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (seen) {
      for (ConsumerRecord<String, String> record : seen) {
        if (condition.test(record)) {
          return record;
        }
      }
    }
    while (System.nanoTime() < deadline) {
      ConsumerRecord<String, String> match = null;
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
        seen.add(record); // keep the whole batch, also what follows the match
        if (match == null && condition.test(record)) {
          match = record;
        }
      }
      if (match != null) {
        return match;
      }
    }
    throw new AssertionError(
        "no matching record within " + timeout + "; saw " + seen.size() + "; " + positions());
  }

  public EventEnvelope awaitEvent(Predicate<EventEnvelope> condition, Duration timeout) {
    return EventCodec.read(
        awaitRecord(record -> condition.test(EventCodec.read(record.value())), timeout).value());
  }

  /** Polls for {@code quiet} more and returns everything seen so far. */
  public List<ConsumerRecord<String, String>> drain(Duration quiet) {
    long deadline = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
    return List.copyOf(seen);
  }

  /** Where the capture stands per partition against the end offsets (for failure messages). */
  public String positions() {
    var assignment = consumer.assignment();
    var ends = consumer.endOffsets(assignment, Duration.ofSeconds(5));
    StringBuilder out = new StringBuilder();
    for (TopicPartition partition : assignment) {
      out.append(partition)
          .append(" at ")
          .append(consumer.position(partition, Duration.ofSeconds(5)))
          .append("/")
          .append(ends.get(partition))
          .append(' ');
    }
    return out.toString().trim();
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
