package org.compact.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.compact.contracts.Topics;

/**
 * Runs the Compact platform on one machine without Docker: PostgreSQL and a Kafka broker as real
 * server processes with their data under {@code .data/}, then every built service as a child JVM.
 * Ctrl-C (or SIGTERM) stops the services, then Kafka, then PostgreSQL. See {@link
 * StackOptions#USAGE} for commands and options, and {@code local-stack/README.md}.
 */
public final class LocalStack {
  private final StackOptions options;
  private final ShutdownSequence shutdown = new ShutdownSequence();

  LocalStack(StackOptions options) {
    this.options = options;
  }

  public static void main(String[] args) {
    int exitCode;
    try {
      exitCode = new LocalStack(StackOptions.parse(List.of(args), System::getenv)).execute();
    } catch (UsageException e) {
      System.err.println("local-stack: " + e.getMessage());
      System.err.println("Run with --help for usage.");
      exitCode = 2;
    } catch (StackException e) {
      Console.error("%s", e.getMessage());
      exitCode = 1;
    } catch (RuntimeException e) {
      Console.error("Unexpected failure: %s", e);
      e.printStackTrace();
      exitCode = 1;
    }
    System.exit(exitCode);
  }

  int execute() {
    switch (options.command()) {
      case HELP -> Console.raw(StackOptions.USAGE);
      case TOKEN -> printToken();
      case RESET -> DataReset.run(options.layout());
      case RUN, INFRA -> {
        start();
        blockUntilShutdown();
      }
    }
    return 0;
  }

  /** Prints only the token on stdout, so that {@code TOKEN=$(bin/token partner)} works. */
  private void printToken() {
    Console.useStandardError();
    options.layout().create();
    DevKeys keys = DevKeys.loadOrCreate(options.layout().keys());
    System.out.println(new DevTokens(keys, options.issuer()).mint(options.token()));
  }

  private void start() {
    DataLayout layout = options.layout();
    if (options.reset()) {
      DataReset.run(layout);
    }
    layout.create();
    StackLock lock = StackLock.acquire(layout);
    shutdown.installHook();
    shutdown.add("the stack lock", lock::close);
    try {
      Files.deleteIfExists(layout.readyFile()); // left by a launcher that was killed
      LeftoverProcesses.stop(layout);
      boolean withServices = options.command() == StackOptions.Command.RUN;
      ServiceFleet fleet = new ServiceFleet(withServices ? plannedServices() : List.of());
      checkPorts(fleet);
      DevKeys keys = DevKeys.loadOrCreate(layout.keys());

      PostgresServer postgres =
          PostgresServer.start(
              layout.postgres(),
              options.bindHost(),
              options.host(),
              options.postgresPort(),
              layout.log("postgres"),
              options.startupTimeout());
      shutdown.add("PostgreSQL", postgres::close);
      postgres.ensureDatabases(
          options.databaseUser(), options.databasePassword(), ServiceDefinition.databases());
      Console.info("PostgreSQL is ready on %s:%d", options.host(), options.postgresPort());

      KafkaBroker kafka = startKafka(layout);

      if (withServices) {
        ServiceProcess.Infrastructure infrastructure =
            new ServiceProcess.Infrastructure(
                postgres,
                options.databaseUser(),
                options.databasePassword(),
                kafka.bootstrapServers(),
                keys.publicKeyFile(),
                options.issuer(),
                options.demoData(),
                DevWebhookKey.loadOrCreate(layout.keys()));
        ServiceFleet.Starter starter =
            (service, javaOptions) ->
                service.start(
                    options.root(), layout, options.bindHost(), infrastructure, javaOptions);
        Map<String, AotCache> aotCaches = aotCaches(fleet, starter, keys);
        shutdown.add("services", fleet::stopAll);
        fleet.startAll(options.root(), starter, options.serviceJavaOptions(), aotCaches, shutdown);
        fleet.awaitReady(Deadline.after(options.startupTimeout()));
        fleet.services().stream()
            .filter(ServiceProcess::isRunning)
            .forEach(service -> watch(service.child(), service.name() + "-service"));
        loadDemoData(fleet, keys);
      }

      Console.raw(
          StackSummary.render(options, postgres, kafka.bootstrapServers(), fleet.services()));
      writeReadyFile(layout, postgres, kafka, fleet);
      shutdown.add("the ready file", () -> Files.deleteIfExists(layout.readyFile()));
    } catch (IOException e) {
      shutdown.run();
      throw new StackException("Cannot delete " + layout.readyFile() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      shutdown.run();
      throw e;
    }
  }

  private KafkaBroker startKafka(DataLayout layout) {
    KafkaBroker kafka =
        KafkaBroker.start(
            new KafkaBroker.Settings(
                options.bindHost(),
                options.host(),
                options.kafkaPort(),
                options.kafkaControllerPort(),
                options.kafkaJavaOptions(),
                System.getProperty("java.class.path")),
            layout);
    shutdown.add("Kafka", kafka::close);
    try (KafkaTopics topics = new KafkaTopics(kafka.bootstrapServers())) {
      Deadline deadline = Deadline.after(options.startupTimeout());
      topics.awaitBroker(kafka.process(), deadline);
      Console.info("Kafka is ready on %s", kafka.bootstrapServers());
      topics.ensure(Topics.ALL, options.topicPartitions(), deadline);
    }
    watch(kafka.process(), "Kafka");
    return kafka;
  }

  /**
   * The AOT cache of every built service (JDK 25), trained first where it is missing or stale;
   * empty with {@code --no-aot-cache} / {@code COMPACT_AOT_CACHE=off}.
   */
  private Map<String, AotCache> aotCaches(
      ServiceFleet fleet, ServiceFleet.Starter starter, DevKeys keys) {
    if (!options.aotCache()) {
      Console.info("AOT cache off (COMPACT_AOT_CACHE=off or --no-aot-cache)");
      return Map.of();
    }
    Map<String, AotCache> fresh = new LinkedHashMap<>();
    Map<ServiceProcess, AotCache> training = new LinkedHashMap<>();
    for (ServiceProcess service : fleet.services()) {
      if (service.status() == ServiceProcess.Status.NOT_BUILT) {
        continue;
      }
      AotCache cache =
          AotCache.of(
              options.layout().aot(),
              options.root(),
              service.definition(),
              options.serviceJavaOptions());
      switch (cache.state()) {
        case FRESH -> fresh.put(service.name(), cache);
        case FAILED ->
            Console.info(
                "%s-service starts without AOT cache: its training failed before (%s); delete %s"
                    + " to try again",
                service.name(), cache.failureReason(), cache.keyFile());
        case MISSING, STALE ->
            training.put(
                new ServiceProcess(service.definition(), service.port(), options.host(), true),
                cache);
      }
    }
    if (!training.isEmpty()) {
      Console.info(
          "Training the AOT cache (JDK 25) of %d service(s) first: missing, or the jar, JVM"
              + " options or JDK changed. This start takes longer; later ones are faster."
              + " COMPACT_AOT_CACHE=off skips it",
          training.size());
      DevTokens tokens = new DevTokens(keys, options.issuer());
      AotTraining trainer =
          new AotTraining(
              starter,
              options.serviceJavaOptions(),
              () ->
                  tokens.mint(
                      new DevTokens.TokenRequest(
                          "compact-admin", Optional.empty(), "aot-training", Duration.ofHours(1))));
      trainer
          .train(training, Deadline.after(options.startupTimeout()), shutdown)
          .forEach(cache -> fresh.put(cache.service(), cache));
    }
    return fresh;
  }

  /** The selected services, each marked built or not built. */
  private List<ServiceProcess> plannedServices() {
    return options.services().stream()
        .map(
            definition ->
                new ServiceProcess(
                    definition,
                    options.servicePorts().get(definition.name()),
                    options.host(),
                    Files.isRegularFile(definition.jar(options.root()))))
        .toList();
  }

  private void checkPorts(ServiceFleet fleet) {
    Ports ports =
        new Ports(options.bindHost())
            .need(
                "PostgreSQL", options.postgresPort(), "choose another: --pg-port / COMPACT_PG_PORT")
            .need("Kafka", options.kafkaPort(), "choose another: --kafka-port / COMPACT_KAFKA_PORT")
            .need(
                "Kafka controller",
                options.kafkaControllerPort(),
                "choose another: --kafka-controller-port / COMPACT_KAFKA_CONTROLLER_PORT");
    for (ServiceProcess service : fleet.services()) {
      if (service.status() != ServiceProcess.Status.NOT_BUILT) {
        ports.need(
            service.name() + "-service",
            service.port(),
            "choose another: --port %s=<port>, or leave the service out: --services ..."
                .formatted(service.name()));
      }
    }
    ports.requireFree();
  }

  /** Warns when a server ends while the stack is meant to be up. */
  private void watch(ChildProcess child, String label) {
    child
        .onExit()
        .thenRun(
            () -> {
              if (!shutdown.hasStarted()) {
                Console.warn(
                    "%s (pid %d) exited unexpectedly with code %d; see %s",
                    label, child.pid(), child.exitValue(), child.log());
              }
            });
  }

  /** Runs the registered {@link DemoDataLoader}s (the seed loader) against the ready services. */
  private void loadDemoData(ServiceFleet fleet, DevKeys keys) {
    if (!options.demoData()) {
      Console.info("Demo data skipped (--no-demo-data)");
      return;
    }
    Map<String, URI> ready = new LinkedHashMap<>();
    for (ServiceProcess service : fleet.services()) {
      if (service.status() == ServiceProcess.Status.READY) {
        ready.put(service.name(), service.baseUrl());
      }
    }
    if (ready.isEmpty()) {
      Console.info("No service is ready; demo data skipped");
      return;
    }
    DemoData.load(new RunningStack(ready, new DevTokens(keys, options.issuer())));
  }

  /**
   * Writes {@code run/ready} once everything is up (and deletes it on shutdown), so that scripts
   * and system tests can wait for the file instead of parsing output.
   */
  private static void writeReadyFile(
      DataLayout layout, PostgresServer postgres, KafkaBroker kafka, ServiceFleet fleet) {
    StringBuilder text = new StringBuilder();
    text.append("pid=").append(ProcessHandle.current().pid()).append('\n');
    text.append("postgres.jdbc=").append(postgres.jdbcUrl("")).append('\n');
    text.append("kafka.bootstrap.servers=").append(kafka.bootstrapServers()).append('\n');
    for (ServiceProcess service : fleet.services()) {
      text.append(service.name())
          .append('=')
          .append(service.baseUrl())
          .append(' ')
          .append(service.status().label)
          .append('\n');
    }
    try {
      Path temporary = Files.createTempFile(layout.run(), "ready", ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary,
          layout.readyFile(),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Console.warn("Cannot write %s: %s", layout.readyFile(), e.getMessage());
    }
  }

  /** Keeps the JVM alive; the shutdown hook ends everything on Ctrl-C or SIGTERM. */
  private static void blockUntilShutdown() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
