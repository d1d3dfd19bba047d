package org.compact.systemtests.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.compact.contracts.Topics;
import org.compact.localstack.DataLayout;
import org.compact.localstack.Deadline;
import org.compact.localstack.KafkaBroker;
import org.compact.localstack.KafkaTopics;
import org.compact.localstack.LeftoverProcesses;
import org.compact.localstack.PostgresServer;
import org.compact.localstack.ServiceDefinition;
import org.compact.localstack.ServiceProcess;
import org.compact.testsupport.TestTokens;

/**
 * The real local stack for system tests, started once per test JVM ({@link #shared()}) and stopped
 * by a JVM shutdown hook: a PostgreSQL server process with one database per service, a Kafka broker
 * process (KRaft) with the platform's topics, and every service that local-stack's {@code
 * ServiceDefinition} lists, each as its packaged jar ({@code
 * <name>-service/target/quarkus-app/quarkus-run.jar}) in its own JVM. Everything listens on free
 * ports of 127.0.0.1 (never the defaults of {@code bin/run}), keeps its data and logs under {@code
 * system-tests/target/stack} (wiped at start), trusts test-support's test key (so {@link
 * TestTokens} mints valid, expired and foreign tokens for it) and has the test-only clock endpoint
 * {@code /admin/time} switched on.
 *
 * <p>Fault controls: {@link #killKafka()}/{@link #startKafka()}, {@link #killService}/{@link
 * #startService}, {@link #closeDatabase}/{@link #openDatabase}. A test that breaks something puts
 * it back in a {@code finally}; {@link #shared()} also repairs what a failed test left broken.
 */
public final class SystemStack {
  public static final String HOST = "127.0.0.1";
  public static final String DATABASE_USER = "compact";
  public static final String DATABASE_PASSWORD = "compact";

  /** The services of a clean stack answer within this; two shared cores start six JVMs at once. */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(300);

  private static final int TOPIC_PARTITIONS = 3;
  private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);
  private static SystemStack instance;
  private static Throwable startFailure;

  private final Path root;
  private final DataLayout layout;
  private final List<String> serviceJavaOptions;
  private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
  private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
  private final Set<String> closedDatabases = new HashSet<>();
  private PostgresServer postgres;
  private KafkaBroker.Settings kafkaSettings;
  private KafkaBroker kafka;
  private ServiceProcess.Infrastructure infrastructure;
  private EventFlow eventFlow;
  private boolean clocksMoved;

  private SystemStack(Path root, Path dataDirectory) {
    this.root = root;
    this.layout = new DataLayout(dataDirectory);
    this.serviceJavaOptions =
        List.of(
            System.getProperty(
                    "compact.systemtests.serviceJavaOpts",
                    "-Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1")
                .trim()
                .split("\\s+"));
  }

  /** The stack of this JVM: started on first use, repaired if a failed test left it broken. */
  public static synchronized SystemStack shared() {
    if (startFailure != null) {
      throw new IllegalStateException(
          "the stack failed to start (see the first failure)", startFailure);
    }
    if (instance == null) {
      SystemStack stack = new SystemStack(repositoryRootPath(), configuredDataDirectory());
      Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "system-stack-shutdown"));
      instance = stack;
      long started = System.nanoTime();
      try {
        stack.start();
      } catch (RuntimeException | Error e) {
        Timings.record(
            Timings.STACK_START, Duration.ofNanos(System.nanoTime() - started), "FAILED");
        startFailure = e;
        throw e;
      }
      Timings.record(
          Timings.STACK_START, Duration.ofNanos(System.nanoTime() - started), "SUCCESSFUL");
    } else {
      instance.repair();
    }
    return instance;
  }

  // ------------------------------------------------------------------ what tests read

  /** Base URI of a service, e.g. {@code baseUri("signatory")} = http://127.0.0.1:41234/. */
  public URI baseUri(String service) {
    ServiceProcess process = services.get(service);
    if (process == null) {
      throw new IllegalArgumentException("no service " + service + " in the stack: " + services());
    }
    return URI.create(process.baseUrl() + "/");
  }

  /** A client of that service's public API, without token (see {@link ServiceClient#as}). */
  public ServiceClient client(String service) {
    return new ServiceClient(baseUri(service));
  }

  /** The service names the stack runs (local-stack's ServiceDefinition), in start order. */
  public List<String> services() {
    return List.copyOf(services.keySet());
  }

  public Path repositoryRoot() {
    return root;
  }

  /**
   * Where the stack keeps its data and logs ({@code logs/<service>.log}, {@code logs/kafka.log}).
   */
  public Path dataDirectory() {
    return layout.dir();
  }

  public Path log(String name) {
    return layout.log(name);
  }

  /** JDBC URL of a service database ({@link #databaseUser()}/{@link #databasePassword()}). */
  public String jdbcUrl(String database) {
    return postgres.jdbcUrl(database);
  }

  public String databaseUser() {
    return DATABASE_USER;
  }

  public String databasePassword() {
    return DATABASE_PASSWORD;
  }

  /** The database of a service (its name in local-stack's ServiceDefinition). */
  public String databaseOf(String service) {
    return definition(service).database();
  }

  /** A connection to a service database as the services' own role. */
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), DATABASE_USER, DATABASE_PASSWORD);
  }

  /**
   * A single number from a service database, e.g. {@code count("consultation", "select count(*)
   * ...")}.
   */
  public long queryLong(String database, String sql, Object... parameters) {
    try (Connection connection = connect(database);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
    }
  }

  public String kafkaBootstrap() {
    return kafkaSettings.bootstrapServers();
  }

  /** Outbox backlog, Kafka end offsets and the reporting read model's position. */
  public EventFlow events() {
    return eventFlow;
  }

  // ------------------------------------------------------------------ readiness

  /** The status of {@code GET /q/health/ready}, or -1 when the service does not answer. */
  public int readiness(String service) {
    try {
      return client(service).get("q/health/ready").status();
    } catch (UncheckedIOException e) {
      return -1;
    }
  }

  public void awaitReady(String service, Duration timeout) {
    Await.until(service + "-service ready", timeout, () -> readiness(service) == 200);
  }

  public void awaitAllReady(Duration timeout) {
    Deadline deadline = Deadline.after(timeout);
    for (String service : services()) {
      Await.until(
          service + "-service ready (log " + layout.log(service) + ")",
          deadline.remaining(),
          () -> {
            ServiceProcess process = services.get(service);
            if (!process.isRunning()) {
              throw new AssertionError(
                  service
                      + "-service exited with "
                      + process.child().exitValue()
                      + "\n"
                      + process.child().logTail(30));
            }
            return readiness(service) == 200;
          });
    }
  }

  /**
   * Waits until every event written so far has travelled: no outbox row left unpublished in any
   * service, and reporting-service has applied every record the broker holds.
   */
  public void awaitEventsSettled(Duration timeout) {
    eventFlow.awaitSettled(timeout);
  }

  // ------------------------------------------------------------------ the clock

  /**
   * Moves every service's clock so that "now" is {@code instant} (through the test-only {@code PUT
   * /admin/time}); {@link #resetClocks()} puts the real clock back.
   */
  public synchronized void travelTo(Instant instant) {
    clocksMoved = true;
    for (String service : services()) {
      Duration offset = Duration.between(Instant.now(), instant);
      client(service)
          .as(TestTokens.admin())
          .put("admin/time", Json.object().put("offset", offset.toString()))
          .expect(200);
    }
  }

  public synchronized void resetClocks() {
    for (String service : services()) {
      client(service).as(TestTokens.admin()).delete("admin/time").expect(200);
    }
    clocksMoved = false;
  }

  // ------------------------------------------------------------------ faults

  /** SIGKILL to the Kafka broker process; returns once it has ended. */
  public synchronized void killKafka() {
    if (!kafka.process().kill(KILL_TIMEOUT)) {
      throw new IllegalStateException("Kafka (pid " + kafka.process().pid() + ") did not die");
    }
    Timings.report("Kafka broker (pid %d) killed with SIGKILL", kafka.process().pid());
  }

  /** Starts the broker again on the same ports and data; returns once it answers. */
  public synchronized void startKafka() {
    if (kafka != null && kafka.process().isAlive()) {
      return;
    }
    kafka = KafkaBroker.start(kafkaSettings, layout);
    try (KafkaTopics topics = new KafkaTopics(kafkaSettings.bootstrapServers())) {
      topics.awaitBroker(kafka.process(), Deadline.after(Duration.ofSeconds(120)));
    }
    Timings.report("Kafka broker started again (pid %d)", kafka.process().pid());
  }

  public synchronized boolean kafkaAlive() {
    return kafka.process().isAlive();
  }

  /** SIGKILL to a service's JVM; returns once it has ended. */
  public synchronized void killService(String service) {
    ServiceProcess process = services.get(service);
    if (process == null || !process.isRunning()) {
      throw new IllegalStateException(service + "-service is not running");
    }
    if (!process.child().kill(KILL_TIMEOUT)) {
      throw new IllegalStateException(service + "-service did not die");
    }
    Timings.report("%s-service (pid %d) killed with SIGKILL", service, process.child().pid());
  }

  /**
   * Starts a stopped service again from its jar, same port; does not wait (see {@link
   * #awaitReady}).
   */
  public synchronized void startService(String service) {
    ServiceProcess old = services.get(service);
    if (old != null && old.isRunning()) {
      return;
    }
    ServiceProcess process = launch(definition(service));
    Timings.report("%s-service started again (pid %d)", service, process.child().pid());
  }

  /** The process id of a service's JVM (changes when it is started again). */
  public synchronized long pid(String service) {
    return services.get(service).child().pid();
  }

  public synchronized boolean serviceRunning(String service) {
    return services.get(service).isRunning();
  }

  /**
   * Makes a service's database unreachable: no new connections ({@code ALLOW_CONNECTIONS false})
   * and every open one ended ({@code pg_terminate_backend}).
   */
  public synchronized void closeDatabase(String service) {
    String database = databaseOf(service);
    closedDatabases.add(service);
    superuser(
        "ALTER DATABASE " + identifier(database) + " ALLOW_CONNECTIONS false",
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
            + database
            + "' AND pid <> pg_backend_pid()");
    Timings.report("database %s closed to connections, its backends terminated", database);
  }

  public synchronized void openDatabase(String service) {
    String database = databaseOf(service);
    superuser("ALTER DATABASE " + identifier(database) + " ALLOW_CONNECTIONS true");
    closedDatabases.remove(service);
    Timings.report("database %s open again", database);
  }

  // ------------------------------------------------------------------ lifecycle

  private void start() {
    Timings.report("starting the stack in %s", layout.dir());
    wipe();
    layout.create();
    Path publicKey = copyTestPublicKey();
    int postgresPort = freePort();
    postgres =
        PostgresServer.start(
            layout.postgres(), HOST, HOST, postgresPort, layout.log("postgres"), START_TIMEOUT);
    postgres.ensureDatabases(DATABASE_USER, DATABASE_PASSWORD, ServiceDefinition.databases());
    kafkaSettings =
        new KafkaBroker.Settings(
            HOST,
            HOST,
            freePort(),
            freePort(),
            List.of("-Xmx384m", "-Xms128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
            System.getProperty("java.class.path"));
    kafka = KafkaBroker.start(kafkaSettings, layout);
    try (KafkaTopics topics = new KafkaTopics(kafkaSettings.bootstrapServers())) {
      Deadline deadline = Deadline.after(START_TIMEOUT);
      topics.awaitBroker(kafka.process(), deadline);
      topics.ensure(Topics.ALL, TOPIC_PARTITIONS, deadline);
    }
    infrastructure =
        new ServiceProcess.Infrastructure(
            postgres,
            DATABASE_USER,
            DATABASE_PASSWORD,
            kafkaSettings.bootstrapServers(),
            publicKey,
            TestTokens.ISSUER,
            false,
            webhookSecretKey());
    List<String> missing = new ArrayList<>();
    for (ServiceDefinition definition : ServiceDefinition.ALL) {
      if (!Files.isRegularFile(definition.jar(root))) {
        missing.add(root.relativize(definition.jar(root)).toString());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "Service jars are missing: "
              + missing
              + ". Package them first (./mvnw -B package -DskipTests), or run the system tests"
              + " with -am (see system-tests/README.md).");
    }
    for (ServiceDefinition definition : ServiceDefinition.ALL) {
      servicePorts.put(definition.name(), freePort());
      launch(definition);
    }
    eventFlow = new EventFlow(this);
    awaitAllReady(START_TIMEOUT);
    Timings.report(
        "stack up: PostgreSQL %s, Kafka %s, services %s",
        postgres.jdbcUrl(""), kafkaSettings.bootstrapServers(), servicePortsText());
  }

  private ServiceProcess launch(ServiceDefinition definition) {
    ServiceProcess process =
        new ServiceProcess(definition, servicePorts.get(definition.name()), HOST, true);
    try {
      process.start(
          root,
          layout,
          HOST,
          infrastructure,
          serviceJavaOptions,
          Map.of(
              "COMPACT_TIME_TRAVEL_ENABLED", "true",
              "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + definition.name() + "-service", e);
    }
    services.put(definition.name(), process);
    return process;
  }

  /** Puts back what a failed test may have left: Kafka, services, databases, clocks. */
  private synchronized void repair() {
    boolean repaired = false;
    if (!kafka.process().isAlive()) {
      Timings.report("repair: Kafka was down");
      startKafka();
      repaired = true;
    }
    for (String service : List.copyOf(closedDatabases)) {
      Timings.report("repair: database of %s was closed", service);
      openDatabase(service);
      repaired = true;
    }
    for (String service : services()) {
      if (!services.get(service).isRunning()) {
        Timings.report("repair: %s-service was down", service);
        startService(service);
        repaired = true;
      }
    }
    if (repaired) {
      awaitAllReady(START_TIMEOUT);
    }
    if (clocksMoved) {
      resetClocks();
    }
  }

  private void stop() {
    List<ServiceProcess> running =
        services.values().stream().filter(ServiceProcess::isRunning).toList();
    // SIGTERM to all at once, then wait for each: they shut down in parallel
    for (ServiceProcess service : running) {
      ProcessHandle.of(service.child().pid()).ifPresent(ProcessHandle::destroy);
    }
    for (ServiceProcess service : running) {
      service.child().stop(STOP_GRACE);
    }
    if (eventFlow != null) {
      eventFlow.close();
    }
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("stopping PostgreSQL: " + e);
      }
    }
  }

  /** Stops what an earlier, killed test JVM left on the data folder, then deletes the folder. */
  private void wipe() {
    if (Files.notExists(layout.dir())) {
      return;
    }
    LeftoverProcesses.stop(layout);
    try (Stream<Path> paths = Files.walk(layout.dir())) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + layout.dir(), e);
    }
  }

  private Path copyTestPublicKey() {
    Path target = layout.keys().resolve("test-publicKey.pem");
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream(TestTokens.PUBLIC_KEY_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException(TestTokens.PUBLIC_KEY_LOCATION + " not on the class path");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void superuser(String... statements) {
    try (Connection connection =
            DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL admin statement failed: " + e.getMessage(), e);
    }
  }

  private static String identifier(String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    return name;
  }

  private ServiceDefinition definition(String service) {
    return ServiceDefinition.named(service)
        .orElseThrow(() -> new IllegalArgumentException("no service " + service));
  }

  private String servicePortsText() {
    StringBuilder text = new StringBuilder();
    servicePorts.forEach((name, port) -> text.append(name).append('=').append(port).append(' '));
    return text.toString().trim();
  }

  /** A port nobody listens on now (the kernel's choice, so never bin/run's defaults). */
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(HOST, 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static Path repositoryRootPath() {
    String configured = System.getProperty("compact.repository.root");
    Path start =
        configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
    Path root = start.toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("pom.xml"))
        || !Files.isDirectory(root.resolve("local-stack"))) {
      throw new IllegalStateException("not the repository root: " + root);
    }
    return root;
  }

  private static Path configuredDataDirectory() {
    return Optional.ofNullable(System.getProperty("compact.systemtests.data"))
        .map(Path::of)
        .orElse(Path.of("target", "stack"))
        .toAbsolutePath()
        .normalize();
  }

  /** notification-service's key for encrypting webhook secrets: random per stack (32 bytes). */
  private static String webhookSecretKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return java.util.Base64.getEncoder().encodeToString(key);
  }
}
