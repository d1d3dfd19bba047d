package org.compact.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.compact.testsupport.SharedKafka;
import org.compact.testsupport.SharedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Starts every packaged service jar with exactly the environment compose.yaml gives its container
 * (env file = .env.template with its empty secrets filled), except where the containers' network
 * differs from this machine: the hosts postgres, kafka and keycloak become the local servers
 * (embedded PostgreSQL with the compose role and database, in-process Kafka, a local JWKS endpoint)
 * and the container port 8080 a free local port. Each must become ready and trust a token of the
 * configured issuer signed by the key its JWKS URL serves. The JVM gets the container's JAVA_OPTS.
 */
class PackagedServicesStartTest {
  // generous: on a busy 2-core CI host a packaged service has taken over 150 s to start
  static final Duration READY_DEADLINE = Duration.ofSeconds(300);
  static final String JWKS_PATH = "/realms/compact/protocol/openid-connect/certs";
  static final Map<String, String> REWRITTEN_HOSTS =
      Map.of(
          "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/",
          "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
          "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "http://keycloak:8080" + JWKS_PATH,
          "QUARKUS_HTTP_PORT", "8080");
  static final List<Process> STARTED = new ArrayList<>();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void everyPackagedServiceBecomesReadyWithTheComposeEnvironment() throws Exception {
    Map<String, Path> jars = new LinkedHashMap<>();
    for (String module : Services.MODULES) {
      Path jar = Repo.path(module, "target", "quarkus-app", "quarkus-run.jar");
      if (!Files.isRegularFile(jar)) {
        fail(
            jar
                + " is missing: package the service first (./mvnw -B package -DskipTests -pl "
                + module
                + " -am); the normal build packages every service before deploy-checks runs");
      }
      jars.put(module, jar);
    }
    ComposeFile compose = new ComposeFile(ComposeFile.templateFilled());
    try (LocalJwks jwks = new LocalJwks(JWKS_PATH)) {
      String kafka = SharedKafka.bootstrapServers();
      Map<String, Integer> ports = new TreeMap<>();
      Map<String, Map<String, String>> environments = new TreeMap<>();
      for (String module : Services.MODULES) {
        Map<String, String> env = local(compose.environment(module), kafka, jwks.authority());
        createDatabase(env);
        ports.put(module, Integer.parseInt(env.get("QUARKUS_HTTP_PORT")));
        environments.put(module, env);
        STARTED.add(start(module, jars.get(module), env));
      }
      for (int i = 0; i < Services.MODULES.size(); i++) {
        String module = Services.MODULES.get(i);
        awaitReady(module, STARTED.get(i), ports.get(module));
        assertTrustsTheConfiguredIssuer(module, ports.get(module), environments.get(module), jwks);
      }
    } finally {
      stopAll();
    }
  }

  @Test
  void notificationServiceRefusesToStartWithoutTheKeyThatEncryptsWebhookSecrets() throws Exception {
    String module = "notification-service";
    Path jar = Repo.path(module, "target", "quarkus-app", "quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      fail(jar + " is missing: package the service first");
    }
    ComposeFile compose = new ComposeFile(ComposeFile.templateFilled());
    Map<String, String> env =
        local(compose.environment(module), SharedKafka.bootstrapServers(), "127.0.0.1:9");
    assertThat(env.remove("COMPACT_NOTIFICATION_SECRET_KEY")).hasSizeGreaterThanOrEqualTo(32);
    Process process = start(module + "-without-key", jar, env);
    STARTED.add(process);
    assertThat(process.waitFor(READY_DEADLINE.toSeconds(), TimeUnit.SECONDS))
        .as("the service exits by itself")
        .isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(logTail(module + "-without-key")).contains("compact.notification.secret-key");
  }

  /** The compose environment with the container network's hosts replaced by local servers. */
  static Map<String, String> local(Map<String, String> compose, String kafka, String jwks) {
    Map<String, String> env = new TreeMap<>(compose);
    REWRITTEN_HOSTS.forEach(
        (key, prefix) -> assertThat(env.get(key)).as("%s in compose.yaml", key).startsWith(prefix));
    env.put(
        "QUARKUS_DATASOURCE_JDBC_URL",
        env.get("QUARKUS_DATASOURCE_JDBC_URL")
            .replace("//postgres:5432/", "//localhost:" + SharedPostgres.port() + "/"));
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
    env.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").replace("keycloak:8080", jwks));
    env.put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
    return env;
  }

  /** What deploy/compose/postgres/init-databases.sh does for this service. */
  static void createDatabase(Map<String, String> env) throws SQLException {
    String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
    String database = url.substring(url.lastIndexOf('/') + 1);
    String role = env.get("QUARKUS_DATASOURCE_USERNAME");
    String password = env.get("QUARKUS_DATASOURCE_PASSWORD").replace("'", "''");
    String admin = SharedPostgres.server().getJdbcUrl(SharedPostgres.USER, "postgres");
    try (Connection connection =
            DriverManager.getConnection(admin, SharedPostgres.USER, SharedPostgres.PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE ROLE \"" + role + "\" LOGIN PASSWORD '" + password + "'");
      statement.execute("CREATE DATABASE \"" + database + "\" OWNER \"" + role + "\"");
      statement.execute("REVOKE ALL ON DATABASE \"" + database + "\" FROM PUBLIC");
    }
  }

  static Process start(String module, Path jar, Map<String, String> env) throws IOException {
    Path log = Path.of("target", "service-logs", module + ".log");
    Files.createDirectories(log.getParent());
    String java = ProcessHandle.current().info().command().orElse("java");
    // the container's JVM options (JAVA_OPTS, as run-java.sh passes them), C1 only to start faster
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(List.of(env.get("JAVA_OPTS").trim().split("\\s+")));
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(jar.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(Processes.minimalEnvironment());
    builder.environment().putAll(env);
    return builder.start();
  }

  void awaitReady(String module, Process process, int port) throws Exception {
    long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(3))
            .build();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail(module + " exited with " + process.exitValue() + ":\n" + logTail(module));
      }
      try {
        HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      }
      process.waitFor(500, TimeUnit.MILLISECONDS);
    }
    fail(module + " not ready within " + READY_DEADLINE + " (" + last + "):\n" + logTail(module));
  }

  /** An invalid token is 401 on any path; one from the compose issuer and JWKS is accepted. */
  void assertTrustsTheConfiguredIssuer(
      String module, int port, Map<String, String> env, LocalJwks jwks) throws Exception {
    String issuer = env.get("MP_JWT_VERIFY_ISSUER");
    assertThat(status(port, jwks.token("https://other.example/issuer", "compact-admin")))
        .as("%s with a token of another issuer", module)
        .isEqualTo(401);
    assertThat(status(port, jwks.token(issuer, "compact-admin")))
        .as("%s with a token of %s:\n%s", module, issuer, logTail(module))
        .isNotEqualTo(401)
        .isLessThan(500);
  }

  int status(int port, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/deploy-checks-no-such-path"))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static String logTail(String module) {
    try {
      List<String> lines = Files.readAllLines(Path.of("target", "service-logs", module + ".log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopAll() throws InterruptedException {
    for (Process process : STARTED) {
      process.destroy();
    }
    for (Process process : STARTED) {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    STARTED.clear();
  }
}
