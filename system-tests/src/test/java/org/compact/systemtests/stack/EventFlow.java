package org.compact.systemtests.stack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.compact.contracts.Topics;

/**
 * Where the events stand across the stack: unpublished outbox rows per service, the broker's end
 * offsets, and the position reporting-service stored with its read model (its source of truth).
 * "Settled" = nothing left to publish and the read model has applied every record of every topic.
 */
public final class EventFlow implements AutoCloseable {
  private static final int ADMIN_TIMEOUT_MS = 5_000;
  private static final String READ_MODEL_SERVICE = "reporting";

  private final SystemStack stack;
  private Admin admin;

  EventFlow(SystemStack stack) {
    this.stack = stack;
  }

  /** Outbox rows not yet published, per service. */
  public Map<String, Long> pendingOutbox() {
    Map<String, Long> pending = new LinkedHashMap<>();
    for (String service : stack.services()) {
      pending.put(
          service,
          stack.queryLong(
              stack.databaseOf(service),
              "select count(*) from outbox_event where published_at is null"));
    }
    return pending;
  }

  public long pendingOutboxTotal() {
    return pendingOutbox().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The next offset the broker would give, per partition of the platform's topics. */
  public Map<TopicPartition, Long> endOffsets() {
    try {
      Map<String, TopicDescription> topics =
          admin()
              .describeTopics(Topics.ALL)
              .allTopicNames()
              .get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      topics
          .values()
          .forEach(
              t ->
                  t.partitions()
                      .forEach(
                          p ->
                              request.put(
                                  new TopicPartition(t.name(), p.partition()),
                                  OffsetSpec.latest())));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
          admin().listOffsets(request).all().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      Map<TopicPartition, Long> offsets = new HashMap<>();
      result.forEach((partition, info) -> offsets.put(partition, info.offset()));
      return offsets;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the broker's end offsets: " + e, e);
    }
  }

  /** The next offset reporting-service will apply, per partition (from its own database). */
  public Map<TopicPartition, Long> readModelOffsets() {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    try (Connection connection = stack.connect(stack.databaseOf(READ_MODEL_SERVICE));
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select topic, partition, next_offset from consumer_position"
                    + " where consumer = 'reporting-read-model'")) {
      while (rows.next()) {
        offsets.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the read model's offsets: " + e.getMessage(), e);
    }
    return offsets;
  }

  /** Records the broker holds that the read model has not applied yet. */
  public long readModelLag() {
    Map<TopicPartition, Long> applied = readModelOffsets();
    long lag = 0;
    for (Map.Entry<TopicPartition, Long> end : endOffsets().entrySet()) {
      lag += Math.max(0, end.getValue() - applied.getOrDefault(end.getKey(), 0L));
    }
    return lag;
  }

  /** Facts (applied events) in the read model. */
  public long readModelFacts() {
    return stack.queryLong(
        stack.databaseOf(READ_MODEL_SERVICE), "select count(*) from report_fact");
  }

  /**
   * True when consumer group {@code groupId} has committed, on every partition of {@code topic}
   * that holds records, the broker's end offset (e.g. dispute-service's signatory replica).
   */
  public boolean groupCaughtUp(String groupId, String topic) {
    try {
      Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
          admin()
              .listConsumerGroupOffsets(groupId)
              .partitionsToOffsetAndMetadata()
              .get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      for (Map.Entry<TopicPartition, Long> end : endOffsets().entrySet()) {
        if (!end.getKey().topic().equals(topic) || end.getValue() == 0) {
          continue;
        }
        var offset = committed.get(end.getKey());
        if (offset == null || offset.offset() < end.getValue()) {
          return false;
        }
      }
      return true;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the offsets of group " + groupId + ": " + e, e);
    }
  }

  public void awaitGroupCaughtUp(String groupId, String topic, Duration timeout) {
    Await.until(
        "consumer group " + groupId + " to catch up with " + topic,
        timeout,
        () -> groupCaughtUp(groupId, topic));
  }

  public boolean settled() {
    return pendingOutboxTotal() == 0 && readModelLag() == 0 && pendingOutboxTotal() == 0;
  }

  public void awaitSettled(Duration timeout) {
    Await.until(
        "every outbox published and every record applied to the read model",
        timeout,
        this::settled);
  }

  private synchronized Admin admin() {
    if (admin == null) {
      Properties config = new Properties();
      config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
      config.put(AdminClientConfig.CLIENT_ID_CONFIG, "system-tests");
      config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS);
      config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS);
      admin = Admin.create(config);
    }
    return admin;
  }

  @Override
  public synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
      admin = null;
    }
  }
}
