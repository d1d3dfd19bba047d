package org.compact.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/**
 * One Kafka broker in KRaft combined mode (broker and controller in one node) as a separate JVM,
 * {@code java -cp <class path> kafka.Kafka server.properties}, with its data under the data folder.
 * The storage is formatted once, by Kafka's own storage tool; the quorum is static ({@code
 * controller.quorum.voters}), so ports can change between runs without formatting again.
 */
public final class KafkaBroker implements AutoCloseable {
  static final String MAIN_CLASS = "kafka.Kafka";
  private static final String STORAGE_TOOL = "kafka.tools.StorageTool";
  private static final int NODE_ID = 1;
  private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** Where the broker listens and how its JVM runs. */
  public record Settings(
      String bindHost,
      String host,
      int port,
      int controllerPort,
      List<String> javaOptions,
      String classPath) {
    public String bootstrapServers() {
      return host + ":" + port;
    }
  }

  private final Settings settings;
  private final ChildProcess process;

  private KafkaBroker(Settings settings, ChildProcess process) {
    this.settings = settings;
    this.process = process;
  }

  public static KafkaBroker start(Settings settings, DataLayout layout) {
    try {
      Files.createDirectories(layout.kafkaData());
      Files.writeString(
          layout.kafkaConfig(), serverProperties(settings, layout), StandardCharsets.UTF_8);
      formatIfNeeded(settings, layout);
      Console.info(
          "Starting Kafka on %s (controller %s:%d)",
          settings.bootstrapServers(), settings.host(), settings.controllerPort());
      String marker = ChildProcess.markerOption("kafka", layout);
      List<String> command = new ArrayList<>();
      command.add(ChildProcess.javaExecutable());
      command.add(marker);
      command.addAll(settings.javaOptions());
      command.addAll(brokerLogging());
      command.addAll(List.of("-cp", settings.classPath(), MAIN_CLASS));
      command.add(layout.kafkaConfig().toString());
      ChildProcess process =
          ChildProcess.startServer(
              "kafka",
              command,
              Map.of(),
              layout.kafka(),
              layout.log("kafka"),
              layout.pidFile("kafka"),
              marker);
      return new KafkaBroker(settings, process);
    } catch (IOException e) {
      throw new StackException("Cannot start Kafka: " + e.getMessage(), e);
    }
  }

  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  public ChildProcess process() {
    return process;
  }

  @Override
  public void close() {
    Console.info("Stopping Kafka");
    process.stop(STOP_GRACE);
  }

  /** The broker's configuration, written on every start so that changed ports apply. */
  static String serverProperties(Settings settings, DataLayout layout) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("process.roles", "broker,controller");
    config.put("node.id", Integer.toString(NODE_ID));
    config.put(
        "controller.quorum.voters",
        NODE_ID + "@" + settings.host() + ":" + settings.controllerPort());
    config.put(
        "listeners",
        "PLAINTEXT://%s:%d,CONTROLLER://%s:%d"
            .formatted(
                settings.bindHost(),
                settings.port(),
                settings.bindHost(),
                settings.controllerPort()));
    config.put(
        "advertised.listeners",
        "PLAINTEXT://%s:%d,CONTROLLER://%s:%d"
            .formatted(
                settings.host(), settings.port(), settings.host(), settings.controllerPort()));
    config.put("controller.listener.names", "CONTROLLER");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    config.put("log.dirs", layout.kafkaData().toString());
    // one node: every internal topic with a single replica
    config.put("default.replication.factor", "1");
    config.put("min.insync.replicas", "1");
    config.put("offsets.topic.replication.factor", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    // topics are created explicitly, with their retention; a typo in a topic name must fail
    config.put("auto.create.topics.enable", "false");
    StringBuilder text =
        new StringBuilder("# Written by the Compact local stack on every start; edits are lost.\n");
    config.forEach(
        (key, value) ->
            text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
    return text.toString();
  }

  private static void formatIfNeeded(Settings settings, DataLayout layout) throws IOException {
    if (Files.exists(layout.kafkaData().resolve("meta.properties"))) {
      return;
    }
    String clusterId = Uuid.randomUuid().toString();
    Console.info("Formatting Kafka storage in %s (cluster id %s)", layout.kafkaData(), clusterId);
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.javaExecutable());
    command.add("-Xmx256m");
    command.addAll(brokerLogging());
    command.addAll(List.of("-cp", settings.classPath(), STORAGE_TOOL, "format"));
    command.addAll(List.of("--cluster-id", clusterId, "--config", layout.kafkaConfig().toString()));
    command.add("--ignore-formatted");
    ChildProcess format =
        ChildProcess.startTool(
            "kafka-storage-format", command, layout.kafka(), layout.log("kafka"));
    if (!format.awaitExit(FORMAT_TIMEOUT)) {
      format.stop(Duration.ofSeconds(5));
      throw new StackException(
          "Formatting the Kafka storage did not finish within "
              + FORMAT_TIMEOUT.toSeconds()
              + "s; see "
              + format.log());
    }
    if (format.exitValue() != 0) {
      throw new StackException(
          "Formatting the Kafka storage failed (exit code "
              + format.exitValue()
              + "); see "
              + format.log()
              + "\n"
              + format.logTail(15));
    }
  }

  /** slf4j-simple settings for the broker JVM: INFO with time stamps, to its log file. */
  private static List<String> brokerLogging() {
    return List.of(
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
        "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=info",
        "-Dorg.slf4j.simpleLogger.showDateTime=true",
        "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
        "-Dorg.slf4j.simpleLogger.showThreadName=true",
        "-Dorg.slf4j.simpleLogger.showShortLogName=false",
        "-Dorg.slf4j.simpleLogger.showLogName=true");
  }
}
