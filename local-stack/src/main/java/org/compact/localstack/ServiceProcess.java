package org.compact.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One service: its Quarkus fast-jar run as a child JVM, configured through the environment. */
public final class ServiceProcess {
  /** Where a service stands, as shown in the summary table. */
  public enum Status {
    NOT_BUILT("not built"),
    STARTING("starting"),
    READY("ready"),
    NOT_READY("not ready"),
    EXITED("exited");

    final String label;

    Status(String label) {
      this.label = label;
    }
  }

  /** What every service needs to find the infrastructure. */
  public record Infrastructure(
      PostgresServer postgres,
      String databaseUser,
      String databasePassword,
      String kafkaBootstrapServers,
      Path publicKeyFile,
      String issuer,
      boolean demoData,
      String webhookSecretKey) {}

  private static final Duration HEALTH_REQUEST_TIMEOUT = Duration.ofSeconds(2);

  private final ServiceDefinition definition;
  private final int port;
  private final String host;
  private volatile Status status;
  private ChildProcess child;
  private Instant startedAt;

  public ServiceProcess(ServiceDefinition definition, int port, String host, boolean built) {
    this.definition = definition;
    this.port = port;
    this.host = host;
    this.status = built ? Status.STARTING : Status.NOT_BUILT;
  }

  public ServiceDefinition definition() {
    return definition;
  }

  public String name() {
    return definition.name();
  }

  public int port() {
    return port;
  }

  public Status status() {
    return status;
  }

  public ChildProcess child() {
    return child;
  }

  public URI baseUrl() {
    return URI.create("http://" + host + ":" + port);
  }

  URI url(String path) {
    return baseUrl().resolve(path);
  }

  /** The variables that point a service at the local infrastructure (Quarkus config names). */
  static Map<String, String> environment(
      ServiceDefinition definition, int port, String bindHost, Infrastructure infra) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_HOST", bindHost);
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.postgres().jdbcUrl(definition.database()));
    env.put("QUARKUS_DATASOURCE_USERNAME", infra.databaseUser());
    env.put("QUARKUS_DATASOURCE_PASSWORD", infra.databasePassword());
    env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", infra.publicKeyFile().toString());
    env.put("MP_JWT_VERIFY_ISSUER", infra.issuer());
    // the services' own demo-data switches (seed organisations; seed 004 consultations)
    env.put("SIGNATORY_DEMO_DATA_ENABLED", Boolean.toString(infra.demoData()));
    env.put("COMPACT_CONSULTATION_DEMO_DATA_ENABLED", Boolean.toString(infra.demoData()));
    env.putAll(ownSettings(definition, infra));
    return env;
  }

  /** What only one service needs. */
  static Map<String, String> ownSettings(ServiceDefinition definition, Infrastructure infra) {
    Map<String, String> env = new LinkedHashMap<>();
    if (definition.name().equals("notification")) {
      // the key that encrypts stored webhook secrets (generated once per data folder)
      env.put("COMPACT_NOTIFICATION_SECRET_KEY", infra.webhookSecretKey());
      // a developer's receiver on this machine (http://localhost:...) is allowed locally only
      env.put("COMPACT_NOTIFICATION_TARGETS_ALLOW_LOOPBACK_HTTP", "true");
    }
    return env;
  }

  void start(
      Path root, DataLayout layout, String bindHost, Infrastructure infra, List<String> javaOptions)
      throws IOException {
    start(root, layout, bindHost, infra, javaOptions, Map.of());
  }

  /**
   * Starts the jar with {@code extraEnvironment} on top of {@link #environment} (system tests add
   * e.g. {@code COMPACT_TIME_TRAVEL_ENABLED=true}).
   */
  public void start(
      Path root,
      DataLayout layout,
      String bindHost,
      Infrastructure infra,
      List<String> javaOptions,
      Map<String, String> extraEnvironment)
      throws IOException {
    Map<String, String> env = environment(definition, port, bindHost, infra);
    // readable logs in .data/logs unless the developer asks for JSON
    if (System.getenv("QUARKUS_LOG_CONSOLE_JSON_ENABLED") == null) {
      env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
    }
    // what the developer exported wins over the local defaults above
    for (String own :
        List.of(
            "COMPACT_NOTIFICATION_SECRET_KEY",
            "COMPACT_NOTIFICATION_TARGETS_ALLOW_LOOPBACK_HTTP")) {
      if (System.getenv(own) != null && env.containsKey(own)) {
        env.put(own, System.getenv(own));
      }
    }
    env.putAll(extraEnvironment);
    launch(root, layout, javaOptions, env);
  }

  /**
   * Starts the jar with exactly these JVM options and environment variables (on top of the
   * launcher's own environment); {@link #start} computes them from the infrastructure.
   */
  void launch(Path root, DataLayout layout, List<String> javaOptions, Map<String, String> env)
      throws IOException {
    Path jar = definition.jar(root);
    String marker = ChildProcess.markerOption(name(), layout);
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.javaExecutable());
    command.add(marker);
    command.addAll(javaOptions);
    command.addAll(List.of("-jar", jar.toString()));
    startedAt = Instant.now();
    child =
        ChildProcess.startServer(
            name(),
            command,
            env,
            definition.module(root),
            layout.log(name()),
            layout.pidFile(name()),
            marker);
    status = Status.STARTING;
  }

  /**
   * One readiness probe: true once {@code /q/health/ready} answers 200. Updates the status when the
   * process has ended.
   */
  boolean probe(HttpClient http) {
    if (status != Status.STARTING) {
      return status == Status.READY;
    }
    if (!child.isAlive()) {
      status = Status.EXITED;
      return false;
    }
    HttpRequest request =
        HttpRequest.newBuilder(url("/q/health/ready"))
            .timeout(HEALTH_REQUEST_TIMEOUT)
            .GET()
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() == 200) {
        status = Status.READY;
        return true;
      }
    } catch (IOException e) {
      // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  void markNotReady() {
    if (status == Status.STARTING) {
      status = Status.NOT_READY;
    }
  }

  void markExited() {
    status = Status.EXITED;
  }

  Duration startupTime() {
    return Duration.between(startedAt, Instant.now());
  }

  public boolean isRunning() {
    return child != null && child.isAlive();
  }

  public boolean jarExists(Path root) {
    return Files.isRegularFile(definition.jar(root));
  }
}
