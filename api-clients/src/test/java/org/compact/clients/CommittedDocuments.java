package org.compact.clients;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The committed OpenAPI documents of the repository: {@code <module>/openapi/openapi.yaml}. */
record CommittedDocuments(Path root) {
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");

  static CommittedDocuments ofRepository() {
    return new CommittedDocuments(Path.of("..").toAbsolutePath().normalize());
  }

  /** Module folders holding a committed document, e.g. signatory-service. */
  List<String> modules() {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(module -> Files.isRegularFile(module.resolve("openapi/openapi.yaml")))
          .map(module -> module.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many operations (path + method) the module's document declares. */
  int operationCount(String module) {
    Map<?, ?> paths = (Map<?, ?>) read(module).get("paths");
    return paths.values().stream()
        .mapToInt(
            item -> (int) ((Map<?, ?>) item).keySet().stream().filter(METHODS::contains).count())
        .sum();
  }

  /**
   * The Java package the generated client of {@code module} lives in (pom: one line per module).
   */
  static String javaPackage(String module) {
    return "org.compact.clients." + module.replaceFirst("-service$", "").replace("-", "");
  }

  private Map<?, ?> read(String module) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(20 * 1024 * 1024);
    try (InputStream in =
        Files.newInputStream(root.resolve(module).resolve("openapi/openapi.yaml"))) {
      return new Yaml(options).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
