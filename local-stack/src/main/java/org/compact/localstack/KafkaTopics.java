package org.compact.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/** Waits for the broker and creates the platform's topics through the Kafka admin API. */
public final class KafkaTopics implements AutoCloseable {
  /** Events are kept for ever, so that read models can be rebuilt from the topics. */
  static final Map<String, String> TOPIC_CONFIG = Map.of("retention.ms", "-1");

  private static final Duration POLL = Duration.ofMillis(300);
  private static final int REQUEST_TIMEOUT_MS = 5_000;

  private final Admin admin;

  public KafkaTopics(String bootstrapServers) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "compact-local-stack");
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
    this.admin = Admin.create(config);
  }

  /** Polls until the broker answers, failing early when its process ends. */
  public void awaitBroker(ChildProcess broker, Deadline deadline) {
    Throwable lastError = null;
    while (true) {
      try {
        admin
            .describeCluster(new DescribeClusterOptions().timeoutMs(REQUEST_TIMEOUT_MS))
            .nodes()
            .get(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        return;
      } catch (ExecutionException e) {
        lastError = e.getCause();
      } catch (TimeoutException e) {
        lastError = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StackException("Interrupted while waiting for Kafka");
      }
      if (!broker.isAlive()) {
        throw new StackException(
            "Kafka exited with code "
                + broker.exitValue()
                + " during startup; see "
                + broker.log()
                + "\n"
                + broker.logTail(20));
      }
      if (deadline.expired()) {
        throw new StackException(
            "Kafka did not answer within "
                + deadline.total().toSeconds()
                + "s (last error: "
                + lastError
                + "); see "
                + broker.log());
      }
      broker.awaitExit(deadline.nextPause(POLL)); // the pause ends early if the broker dies
    }
  }

  /** Creates the topics that do not exist yet; existing ones are kept as they are. */
  public void ensure(List<String> topics, int partitions, Deadline deadline) {
    while (true) {
      try {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : topics) {
          if (!existing.contains(topic)) {
            missing.add(new NewTopic(topic, partitions, (short) 1).configs(TOPIC_CONFIG));
          }
        }
        if (!missing.isEmpty()) {
          createAll(missing);
          missing.forEach(
              topic ->
                  Console.info(
                      "Created topic %s (%d partitions, retention.ms=-1)",
                      topic.name(), partitions));
        }
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException) || deadline.expired()) {
          throw new StackException("Cannot create the Kafka topics: " + e.getCause(), e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StackException("Interrupted while creating the Kafka topics");
      }
      pause(deadline);
    }
  }

  private void createAll(List<NewTopic> missing) throws ExecutionException, InterruptedException {
    try {
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  private static void pause(Deadline deadline) {
    try {
      TimeUnit.NANOSECONDS.sleep(deadline.nextPause(POLL).toNanos()); // retry interval, bounded
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
