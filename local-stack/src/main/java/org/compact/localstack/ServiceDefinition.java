package org.compact.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One microservice of the platform: module, default HTTP port and database. */
public record ServiceDefinition(String name, int defaultPort, String database) {
  public static final List<ServiceDefinition> ALL =
      List.of(
          new ServiceDefinition("signatory", 8081, "signatory"),
          new ServiceDefinition("actionplan", 8082, "actionplan"),
          new ServiceDefinition("dispute", 8083, "dispute"),
          new ServiceDefinition("consultation", 8084, "consultation"),
          new ServiceDefinition("reporting", 8085, "reporting"),
          new ServiceDefinition("notification", 8086, "notification"));

  public static Optional<ServiceDefinition> named(String name) {
    return ALL.stream().filter(service -> service.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(ServiceDefinition::name).toList();
  }

  public static List<String> databases() {
    return ALL.stream().map(ServiceDefinition::database).toList();
  }

  /** The Maven module folder, e.g. {@code signatory-service}. */
  public Path module(Path root) {
    return root.resolve(name + "-service");
  }

  /** The Quarkus fast-jar the module's build produces. */
  public Path jar(Path root) {
    return module(root).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
  }
}
