package org.compact.systemtests.matrix;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stack someone else started (for example {@code bin/run} on other ports), described by system
 * properties: {@code compact.systemtests.url.<service>=http://localhost:28081} for each service,
 * {@code compact.systemtests.jdbc=jdbc:postgresql://localhost:25432/} (the database name is
 * appended) and optionally {@code compact.systemtests.root} (default: the directory above the
 * working directory that holds the root pom).
 */
final class SystemPropertyTarget implements Target {
  private static final String URL_PREFIX = "compact.systemtests.url.";

  private final Map<String, URI> services;
  private final String jdbcBase;
  private final Path root;

  private SystemPropertyTarget(Map<String, URI> services, String jdbcBase, Path root) {
    this.services = services;
    this.jdbcBase = jdbcBase;
    this.root = root;
  }

  static Target fromSystemProperties() {
    Map<String, URI> services = new TreeMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(URL_PREFIX)) {
                services.put(
                    name.substring(URL_PREFIX.length()), URI.create(System.getProperty(name)));
              }
            });
    if (services.isEmpty()) {
      throw new IllegalStateException(
          "No system under test: pass -D"
              + URL_PREFIX
              + "<service>=<base URL> for every service (or wire Targets.target() to the harness)");
    }
    String jdbc =
        System.getProperty("compact.systemtests.jdbc", "jdbc:postgresql://localhost:15432/");
    String root = System.getProperty("compact.systemtests.root");
    return new SystemPropertyTarget(
        services, jdbc, root == null ? findRoot() : Path.of(root).toAbsolutePath());
  }

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("platform-lib")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("Cannot find the repository root above the working directory");
  }

  @Override
  public URI baseUri(String service) {
    URI uri = services.get(service);
    if (uri == null) {
      throw new IllegalArgumentException(
          "No URL for service " + service + ": " + services.keySet());
    }
    return uri;
  }

  @Override
  public List<String> services() {
    return new ArrayList<>(services.keySet());
  }

  @Override
  public Path repositoryRoot() {
    return root;
  }

  @Override
  public String jdbcUrl(String database) {
    return jdbcBase + database;
  }
}
