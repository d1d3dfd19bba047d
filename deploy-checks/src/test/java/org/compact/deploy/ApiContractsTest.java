package org.compact.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed API contracts: every service's OpenAPI document passes Spectral with the ruleset
 * deploy/spectral/.spectral.yaml, and the AsyncAPI document passes the official AsyncAPI parser.
 * Both tools come from npm: {@code npm ci --prefix deploy/spectral}.
 */
class ApiContractsTest {
  static final Path LINT = Repo.path("deploy", "spectral");
  static final Path RULESET = LINT.resolve(".spectral.yaml");
  static final Path ASYNCAPI =
      Repo.path("event-contracts", "src", "main", "resources", "asyncapi.yaml");
  static final Path FIXTURES = Path.of("src/test/resources/api-fixtures").toAbsolutePath();

  /** Errors per document (absolute path) of one Spectral run over all documents and fixtures. */
  private static Map<Path, List<String>> spectralReport;

  @Test
  void everyCommittedOpenApiDocumentPassesTheRuleset() {
    List<Path> documents = serviceDocuments();
    assertThat(documents)
        .extracting(d -> d.getParent().getParent().getFileName().toString())
        .containsAll(Services.MODULES);

    List<String> errors = new ArrayList<>();
    documents.forEach(d -> errors.addAll(spectralErrors(d)));

    assertThat(errors)
        .as(
            "Spectral errors (ruleset deploy/spectral/.spectral.yaml); fix the annotations, then"
                + " regenerate the document with the module's SmokeTest -Dopenapi.update=true")
        .isEmpty();
  }

  @Test
  void everyServiceFailsItsBuildWhenTheCommittedOpenApiDrifts() throws IOException {
    for (String module : Services.MODULES) {
      try (Stream<Path> sources = Files.walk(Repo.path(module, "src", "test", "java"))) {
        assertThat(
                sources
                    .filter(f -> f.toString().endsWith(".java"))
                    .map(Yaml::read)
                    .anyMatch(source -> source.contains("extends ServiceSmokeTest")))
            .as("%s has a test extending ServiceSmokeTest (OpenAPI drift check)", module)
            .isTrue();
      }
      assertThat(Repo.path(module, "openapi", "openapi.yaml")).isRegularFile();
    }
  }

  @Test
  void theRulesetDemandsSummariesErrorResponsesAndExamples() {
    assertThat(spectralErrors(FIXTURES.resolve("complete-openapi.yaml"))).isEmpty();

    List<String> errors = spectralErrors(FIXTURES.resolve("incomplete-openapi.yaml"));
    assertThat(String.join("\n", errors))
        .contains("compact-operation-summary")
        .contains("compact-operation-4xx-response")
        .contains("compact-parameter-example")
        .contains("compact-property-example");
  }

  @Test
  void theAsyncApiDocumentIsValid() {
    Processes.Result result = validateAsyncApi(ASYNCAPI);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("valid AsyncAPI 3.").contains("4 channels");
  }

  @Test
  void theAsyncApiParserRejectsABrokenDocument() {
    Processes.Result result = validateAsyncApi(FIXTURES.resolve("broken-asyncapi.yaml"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output()).contains("INVALID").contains("invalid-ref");
  }

  private static List<Path> serviceDocuments() {
    try (Stream<Path> modules = Files.list(Repo.ROOT)) {
      return modules
          .map(module -> module.resolve("openapi/openapi.yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Spectral's errors (not warnings) for {@code document}, as "file:line rule message (path)". */
  private static List<String> spectralErrors(Path document) {
    return lintAll().getOrDefault(document.toAbsolutePath().normalize(), List.of());
  }

  /** One Spectral run (a node start costs seconds) over the service documents and the fixtures. */
  private static synchronized Map<Path, List<String>> lintAll() {
    if (spectralReport != null) {
      return spectralReport;
    }
    Path spectral = installed("node_modules/.bin/spectral");
    List<Path> documents = new ArrayList<>(serviceDocuments());
    documents.add(FIXTURES.resolve("complete-openapi.yaml"));
    documents.add(FIXTURES.resolve("incomplete-openapi.yaml"));
    Path report;
    try {
      report = Files.createTempFile("spectral-", ".json");
      Files.delete(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>(List.of(spectral.toString(), "lint"));
    command.addAll(List.of("--ruleset", RULESET.toString(), "--format", "json"));
    command.addAll(List.of("--output", report.toString(), "--fail-severity", "error"));
    documents.forEach(d -> command.add(d.toString()));
    Processes.Result result =
        Processes.run(command, Repo.ROOT, Processes.minimalEnvironment(), Duration.ofSeconds(120));
    if (!Files.isRegularFile(report)) {
      throw new AssertionError(
          "Spectral wrote no report (exit " + result.exitCode() + "):\n" + result.output());
    }
    Map<Path, List<String>> errors = new HashMap<>();
    for (Object item : JsonMapper.shared().readValue(Yaml.read(report), List.class)) {
      Map<?, ?> problem = (Map<?, ?>) item;
      if (((Number) problem.get("severity")).intValue() == 0) {
        Path source = Path.of(String.valueOf(problem.get("source"))).toAbsolutePath().normalize();
        int line = ((Number) Tree.get(problem, "range.start.line")).intValue() + 1;
        errors
            .computeIfAbsent(source, k -> new ArrayList<>())
            .add(
                Repo.ROOT.relativize(source)
                    + ":"
                    + line
                    + " "
                    + problem.get("code")
                    + " "
                    + problem.get("message")
                    + " ("
                    + problem.get("path")
                    + ")");
      }
    }
    // the incomplete fixture always has errors, so Spectral must have failed the run
    assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
    spectralReport = errors;
    return errors;
  }

  private static Processes.Result validateAsyncApi(Path document) {
    installed("node_modules/@asyncapi/parser/package.json");
    return Processes.run(
        List.of(node().toString(), "validate-asyncapi.mjs", document.toString()),
        LINT,
        Processes.minimalEnvironment(),
        Duration.ofSeconds(120));
  }

  private static Path installed(String relative) {
    node();
    Path path = LINT.resolve(relative);
    if (!Files.exists(path)) {
      fail(
          path
              + " is missing: install the API lint tools with `npm ci --prefix deploy/spectral`"
              + " (.ci/run does)");
    }
    return path;
  }

  private static Path node() {
    Path node = Processes.onPath("node");
    if (node == null) {
      fail(
          "node is not installed: `apt-get install -y nodejs npm`, then `npm ci --prefix deploy/spectral`");
    }
    return node;
  }
}
