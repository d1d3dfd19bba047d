package org.compact.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StackOptionsTest {
  private static StackOptions parse(Map<String, String> env, String... args) {
    return StackOptions.parse(List.of(args), env::get);
  }

  @Test
  void defaultsToRunWithTheDocumentedPorts() {
    StackOptions options = parse(Map.of(), "--root", "/tmp/project");

    assertThat(options.command()).isEqualTo(StackOptions.Command.RUN);
    assertThat(options.layout().dir()).isEqualTo(Path.of("/tmp/project/.data"));
    assertThat(options.postgresPort()).isEqualTo(15432);
    assertThat(options.kafkaPort()).isEqualTo(19092);
    assertThat(options.kafkaControllerPort()).isEqualTo(19093);
    assertThat(options.bindHost()).isEqualTo("127.0.0.1");
    assertThat(options.servicePorts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "signatory", 8081,
                "actionplan", 8082,
                "dispute", 8083,
                "consultation", 8084,
                "reporting", 8085,
                "notification", 8086));
    assertThat(options.services()).isEqualTo(ServiceDefinition.ALL);
    assertThat(options.startupTimeout()).isEqualTo(Duration.ofSeconds(180));
    assertThat(options.databaseUser()).isEqualTo("compact");
    assertThat(options.issuer()).isEqualTo("https://compact.local/issuer");
    assertThat(options.reset()).isFalse();
  }

  @Test
  void commandLineWinsOverEnvironmentWhichWinsOverDefaults() {
    Map<String, String> env =
        Map.of(
            "COMPACT_PG_PORT",
            "25432",
            "COMPACT_KAFKA_PORT",
            "29092",
            "COMPACT_DISPUTE_PORT",
            "9083");

    StackOptions options =
        parse(
            env,
            "infra",
            "--root=/p",
            "--pg-port",
            "35432",
            "--port",
            "signatory-service=9081",
            "--data-dir",
            "/var/tmp/stack",
            "--reset");

    assertThat(options.command()).isEqualTo(StackOptions.Command.INFRA);
    assertThat(options.postgresPort()).isEqualTo(35432);
    assertThat(options.kafkaPort()).isEqualTo(29092);
    assertThat(options.servicePorts())
        .containsEntry("signatory", 9081)
        .containsEntry("dispute", 9083);
    assertThat(options.layout().dir()).isEqualTo(Path.of("/var/tmp/stack"));
    assertThat(options.reset()).isTrue();
  }

  @Test
  void selectsServicesInPlatformOrder() {
    StackOptions options = parse(Map.of(), "--services", "reporting, signatory-service");

    assertThat(options.services())
        .extracting(ServiceDefinition::name)
        .containsExactly("signatory", "reporting");
  }

  @Test
  void tokenRequestDefaultsToEightHoursAndADevSubject() {
    DevTokens.TokenRequest token = parse(Map.of(), "token", "--role", "partner").token();

    assertThat(token.role()).isEqualTo("partner");
    assertThat(token.ttl()).isEqualTo(Duration.ofHours(8));
    assertThat(token.subject()).isEqualTo("dev-partner");
    assertThat(token.organisation()).isEmpty();
  }

  @Test
  void tokenRequestTakesOrganisationSubjectAndLifetime() {
    UUID org = UUID.randomUUID();
    DevTokens.TokenRequest token =
        parse(
                Map.of(),
                "token",
                "--role",
                "council-system",
                "--org",
                org.toString(),
                "--sub",
                "c1",
                "--ttl",
                "5")
            .token();

    assertThat(token.organisation()).contains(org);
    assertThat(token.subject()).isEqualTo("c1");
    assertThat(token.ttl()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void rejectsWhatItCannotUse() {
    assertThatThrownBy(() -> parse(Map.of(), "start"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("Unknown command");
    assertThatThrownBy(() -> parse(Map.of(), "--pg-port", "70000"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--pg-port");
    assertThatThrownBy(() -> parse(Map.of("COMPACT_KAFKA_PORT", "x"), "infra"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("COMPACT_KAFKA_PORT");
    assertThatThrownBy(() -> parse(Map.of(), "--services", "billing"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("Unknown service");
    assertThatThrownBy(() -> parse(Map.of(), "--port", "signatory"))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> parse(Map.of(), "token"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--role");
    assertThatThrownBy(() -> parse(Map.of(), "token", "--role", "root"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("Unknown role");
    assertThatThrownBy(() -> parse(Map.of(), "token", "--role", "partner", "--org", "acme"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("UUID");
    assertThatThrownBy(() -> parse(Map.of(), "run", "--role", "partner"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> parse(Map.of(), "--frobnicate"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("Unknown option");
  }

  @Test
  void servicesRunWithTheMeasuredMemoryOptionsAndTheAotCacheByDefault() {
    StackOptions options = parse(Map.of(), "--root", "/p");

    assertThat(options.serviceJavaOptions())
        .containsExactly(
            "-Xmx192m",
            "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxMetaspaceSize=160m",
            "-Xss512k");
    assertThat(options.aotCache()).isTrue();
    assertThat(options.layout().aot()).isEqualTo(Path.of("/p/.data/aot"));
  }

  @Test
  void javaOptionsAndTheAotCacheCanBeChanged() {
    StackOptions options =
        parse(
            Map.of(
                "COMPACT_SERVICE_JAVA_OPTS",
                " -Xmx256m  -XX:+UseG1GC ",
                "COMPACT_AOT_CACHE",
                "off"));

    assertThat(options.serviceJavaOptions()).containsExactly("-Xmx256m", "-XX:+UseG1GC");
    assertThat(options.aotCache()).isFalse();
    assertThat(parse(Map.of("COMPACT_AOT_CACHE", "on")).aotCache()).isTrue();
    assertThat(parse(Map.of("COMPACT_AOT_CACHE", "on"), "--no-aot-cache").aotCache()).isFalse();
    assertThatThrownBy(() -> parse(Map.of("COMPACT_AOT_CACHE", "maybe")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("COMPACT_AOT_CACHE");
  }
}
