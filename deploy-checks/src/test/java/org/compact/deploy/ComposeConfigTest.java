package org.compact.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compact.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/compose: the file Compose accepts, and what it must contain. */
class ComposeConfigTest {
  static final String INSTALL_HINT =
      "docker-compose is not installed: run `apt-get install -y docker-compose` (the Debian package"
          + " needs no Docker engine; .ci/run installs it)";

  @TempDir Path temp;

  @Test
  void dockerComposeConfigAcceptsTheFileWithAFilledEnvFile() throws IOException {
    Map<String, String> env = ComposeFile.templateFilled();
    Processes.Result result = dockerComposeConfig(writeEnvFile(env));

    assertThat(result.exitCode()).as(result.output()).isZero();
    Map<String, Object> rendered = parse(result.output());
    ComposeFile compose = new ComposeFile(env);
    for (String service : compose.services().keySet()) {
      // our own reading of the file (used to start the jars) equals what Compose resolves
      assertThat(stringMap(Tree.map(rendered, "services." + service + ".environment")))
          .as("environment of %s", service)
          .isEqualTo(compose.environment(service));
    }
  }

  @Test
  void dockerComposeConfigRefusesTheBareTemplateUntilSecretsAreSet() {
    Processes.Result result = dockerComposeConfig(ComposeFile.ENV_TEMPLATE);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("set POSTGRES_PASSWORD in the env file");
    ComposeFile bare = new ComposeFile(EnvFile.read(ComposeFile.ENV_TEMPLATE));
    assertThatThrownBy(() -> bare.environment("signatory-service"))
        .isInstanceOf(ComposeFile.MissingVariable.class)
        .hasMessageContaining("SIGNATORY_DB_PASSWORD");
  }

  @Test
  void noSecretIsWrittenInTheComposeFileOrTheTemplate() {
    Map<String, String> template = EnvFile.read(ComposeFile.ENV_TEMPLATE);
    ComposeFile compose = new ComposeFile(template);
    compose
        .services()
        .forEach(
            (name, service) ->
                Tree.map(service, "environment")
                    .forEach(
                        (key, value) -> {
                          if (key.matches(".*(PASSWORD|SECRET).*")) {
                            assertThat(String.valueOf(value))
                                .as("%s of %s", key, name)
                                .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
                          }
                        }));
    template.forEach(
        (key, value) -> {
          if (key.matches(".*(PASSWORD|SECRET).*")) {
            assertThat(value).as("%s in .env.template", key).isEmpty();
          }
        });
  }

  @Test
  void everyServiceIsBuiltFromTheSharedDockerfileAndStartsOnlyOnHealthyDependencies() {
    ComposeFile compose = new ComposeFile(ComposeFile.templateFilled());
    for (String module : Services.MODULES) {
      Map<String, Object> service = compose.service(module);
      assertThat(Tree.string(service, "build.dockerfile"))
          .isEqualTo("deploy/docker/Dockerfile.jvm");
      assertThat(Tree.string(service, "build.context")).isEqualTo("../..");
      assertThat(Tree.string(service, "build.args.MODULE")).isEqualTo(module);
      assertThat(Tree.list(service, "healthcheck.test").toString()).contains("/q/health/ready");
      assertThat(Tree.string(service, "depends_on.postgres.condition"))
          .isEqualTo("service_healthy");
      assertThat(Tree.string(service, "depends_on.keycloak.condition"))
          .isEqualTo("service_healthy");
      assertThat(Tree.string(service, "depends_on.kafka-init.condition"))
          .isEqualTo("service_completed_successfully");
    }
    for (String infrastructure : List.of("postgres", "kafka", "keycloak")) {
      assertThat(Tree.list(compose.service(infrastructure), "healthcheck.test"))
          .as("health check of %s", infrastructure)
          .isNotEmpty();
    }
    assertThat(Tree.string(compose.service("kafka"), "image")).startsWith("apache/kafka:");
    assertThat(Tree.string(compose.service("kafka"), "environment.KAFKA_PROCESS_ROLES"))
        .isEqualTo("broker,controller");
    assertThat(Yaml.read(Repo.path("deploy", "docker", "Dockerfile.jvm")))
        .contains("${MODULE}/target/quarkus-app/")
        .contains("USER 185");
  }

  @Test
  void kafkaInitCreatesEveryPlatformTopicWithUnlimitedRetention() {
    ComposeFile compose = new ComposeFile(ComposeFile.templateFilled());
    Map<String, Object> init = compose.service("kafka-init");

    assertThat(List.of(compose.environment("kafka-init").get("TOPICS").split(" ")))
        .containsExactlyElementsOf(Topics.ALL);
    assertThat(Tree.list(init, "command").toString())
        .contains("--config retention.ms=-1")
        .contains("--if-not-exists");
    assertThat(Tree.string(init, "depends_on.kafka.condition")).isEqualTo("service_healthy");
    assertThat(Tree.string(init, "restart")).isEqualTo("no");
  }

  @Test
  void eachServiceUsesItsOwnDatabaseRoleCreatedByTheInitScript() {
    ComposeFile compose = new ComposeFile(ComposeFile.templateFilled());
    String initScript = Yaml.read(Repo.path("deploy", "compose", "postgres", "init-databases.sh"));
    Map<String, String> postgres = compose.environment("postgres");
    for (String module : Services.MODULES) {
      String database = Services.database(module);
      Map<String, String> env = compose.environment(module);
      assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL"))
          .isEqualTo("jdbc:postgresql://postgres:5432/" + database);
      assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(database);
      String passwordVariable = database.toUpperCase() + "_DB_PASSWORD";
      assertThat(initScript)
          .contains("create_database " + database + " \"$" + passwordVariable + "\"");
      assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD"))
          .isNotBlank()
          .isEqualTo(postgres.get(passwordVariable));
    }
  }

  @Test
  void servicesTrustTheKeycloakRealmAndConsumersHaveTheirGroupIds() {
    Map<String, String> env = ComposeFile.templateFilled();
    ComposeFile compose = new ComposeFile(env);
    for (String module : Services.MODULES) {
      Map<String, String> service = compose.environment(module);
      assertThat(service.get("MP_JWT_VERIFY_ISSUER"))
          .isEqualTo(env.get("KEYCLOAK_URL") + "/realms/compact");
      assertThat(service.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
          .isEqualTo("http://keycloak:8080/realms/compact/protocol/openid-connect/certs");
      assertThat(service.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
      assertThat(service.get("QUARKUS_HTTP_CORS_ORIGINS")).isEqualTo(env.get("FRONTEND_ORIGIN"));
    }
    assertThat(compose.environment("dispute-service"))
        .containsEntry("KAFKA_GROUP_ID", "dispute-service");
    assertThat(compose.environment("reporting-service"))
        .containsEntry("KAFKA_GROUP_ID", "reporting-service");
    assertThat(compose.environment("notification-service"))
        .containsEntry("KAFKA_GROUP_ID", "notification-service");
    assertThat(compose.environment("signatory-service")).doesNotContainKey("KAFKA_GROUP_ID");
  }

  @Test
  void everyServiceRunsWithTheSameJvmOptionsAsTheImageAndKubernetesWithinItsMemoryLimit() {
    ComposeFile compose = new ComposeFile(ComposeFile.templateFilled());
    String dockerfile = Yaml.read(Repo.path("deploy", "docker", "Dockerfile.jvm"));
    Matcher imageDefault = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]+)\"$").matcher(dockerfile);
    assertThat(imageDefault.find()).as("ENV JAVA_OPTS in Dockerfile.jvm").isTrue();
    String kubernetes =
        KubernetesManifestsTest.env(KubernetesManifestsTest.deployment("signatory-service"))
            .get("JAVA_OPTS");
    for (String module : Services.MODULES) {
      String javaOptions = compose.environment(module).get("JAVA_OPTS");
      assertThat(javaOptions).as("JAVA_OPTS of %s", module).isEqualTo(imageDefault.group(1));
      assertThat(javaOptions).as("the same on Kubernetes").isEqualTo(kubernetes);
      long limit = JvmMemory.quantity(Tree.string(compose.service(module), "mem_limit"));
      assertThat(JvmMemory.of(javaOptions).fitsIn(limit)).as("mem_limit of %s", module).isTrue();
    }
  }

  private Path writeEnvFile(Map<String, String> values) throws IOException {
    Path file = temp.resolve("compose.env");
    Files.writeString(file, EnvFile.format(values));
    return file;
  }

  /** Runs {@code docker-compose config}; fails (never skips) when the tool is missing. */
  static Processes.Result dockerComposeConfig(Path envFile) {
    Path tool = Processes.onPath("docker-compose");
    if (tool == null) {
      fail(INSTALL_HINT);
    }
    return Processes.run(
        List.of(
            tool.toString(),
            "--env-file",
            envFile.toString(),
            "-f",
            ComposeFile.PATH.toString(),
            "config"),
        ComposeFile.PATH.getParent(),
        Processes.minimalEnvironment(),
        Duration.ofSeconds(60));
  }

  private static Map<String, Object> parse(String yaml) throws IOException {
    Path file = Files.createTempFile("compose-config", ".yaml");
    Files.writeString(file, yaml);
    try {
      return Yaml.document(file);
    } finally {
      Files.delete(file);
    }
  }

  private static Map<String, String> stringMap(Map<String, Object> map) {
    Map<String, String> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
    return out;
  }
}
