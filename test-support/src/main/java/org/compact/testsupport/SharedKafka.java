package org.compact.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.compact.contracts.Topics;

/**
 * One real Kafka broker (KRaft, combined broker+controller, in-process) per test JVM, with the
 * platform topics created up front. The broker can be stopped and restarted on the same port to
 * simulate an outage.
 */
public final class SharedKafka {
  private static KafkaClusterTestKit cluster;

  private SharedKafka() {}

  public static synchronized String bootstrapServers() {
    if (cluster == null) {
      long started = System.nanoTime();
      // An in-process broker must never end the test JVM: Kafka's Exit would call System.exit,
      // which blocks forever when it happens inside a shutdown hook. Log instead, as Kafka's own
      // tests do.
      Exit.setExitProcedure(
          (status, message) ->
              System.err.printf("[kafka] exit(%d) suppressed in tests: %s%n", status, message));
      Exit.setHaltProcedure(
          (status, message) ->
              System.err.printf("[kafka] halt(%d) suppressed in tests: %s%n", status, message));
      try {
        cluster =
            new KafkaClusterTestKit.Builder(
                    new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                // a restarted broker may re-register only once its old session has expired
                .setConfigProp("broker.session.timeout.ms", "2000")
                .setConfigProp("broker.heartbeat.interval.ms", "500")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
      } catch (Exception e) {
        throw new IllegalStateException("cannot start in-process Kafka", e);
      }
      createTopics(Topics.ALL);
      Runtime.getRuntime().addShutdownHook(new Thread(SharedKafka::stop, "kafka-stop"));
      Timings.report("in-process Kafka started", started);
    }
    return cluster.bootstrapServers();
  }

  public static void createTopics(List<String> topics) {
    try (Admin admin = admin()) {
      for (String topic : topics) {
        try {
          admin
              .createTopics(
                  List.of(new NewTopic(topic, 3, (short) 1).configs(Map.of("retention.ms", "-1"))))
              .all()
              .get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics " + topics, e);
    }
  }

  public static Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(props);
  }

  /** Stops the broker (the controller keeps running); clients see an outage. */
  public static synchronized void stopBroker() {
    bootstrapServers();
    var broker = cluster.brokers().values().iterator().next();
    broker.shutdown();
    broker.awaitShutdown();
  }

  /** Starts the broker again on the same port and waits until it serves. */
  public static synchronized void startBroker() {
    cluster.brokers().values().iterator().next().startup();
    try {
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      throw new IllegalStateException("broker did not come back", e);
    }
    awaitLeaders(Duration.ofSeconds(60));
  }

  /** Waits until every partition of the platform topics has a leader again. */
  private static void awaitLeaders(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Exception last = null;
    try (Admin admin = admin()) {
      while (System.nanoTime() < deadline) {
        try {
          boolean allLed =
              admin
                  .describeTopics(Topics.ALL)
                  .allTopicNames()
                  .get(5, TimeUnit.SECONDS)
                  .values()
                  .stream()
                  .flatMap(d -> d.partitions().stream())
                  .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
          if (allLed) {
            return;
          }
        } catch (Exception e) {
          last = e;
        }
      }
    }
    throw new IllegalStateException("partitions have no leader after restart", last);
  }

  private static synchronized void stop() {
    if (cluster != null) {
      try {
        cluster.close();
      } catch (Throwable e) {
        // the JVM is exiting anyway
      }
      cluster = null;
    }
  }
}
