package org.compact.systemtests.matrix;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.compact.systemtests.stack.SystemStack;

/**
 * The single place that chooses the system under test for the matrix and hostile-input tests: the
 * harness's stack ({@link SystemStack#shared()}), or a stack started by hand when the {@code
 * compact.systemtests.url.<service>} system properties are set.
 *
 * <p>Against a stack started by hand (services trusting test-support's test key):
 *
 * <pre>
 * bin/local-stack reset
 * mkdir -p .data/keys &amp;&amp; cp test-support/src/main/resources/test-keys/*.pem .data/keys/
 * COMPACT_JWT_ISSUER=https://compact.test/issuer bin/run --no-demo-data &amp;   # wait for .data/run/ready
 * ./mvnw -B -o -pl system-tests -am verify -Dquarkus.build.skip=true -Dtest='*SystemTest' \
 *   -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dcompact.systemtests.url.signatory=http://localhost:8081 ... (one per service) \
 *   -Dcompact.systemtests.jdbc=jdbc:postgresql://localhost:15432/
 * </pre>
 */
public final class Targets {
  private Targets() {}

  public static Target target() {
    boolean urlsGiven =
        System.getProperties().stringPropertyNames().stream()
            .anyMatch(name -> name.startsWith("compact.systemtests.url."));
    return urlsGiven ? SystemPropertyTarget.fromSystemProperties() : of(SystemStack.shared());
  }

  private static Target of(SystemStack stack) {
    return new Target() {
      @Override
      public URI baseUri(String service) {
        return stack.baseUri(service);
      }

      @Override
      public List<String> services() {
        return stack.services();
      }

      @Override
      public Path repositoryRoot() {
        return stack.repositoryRoot();
      }

      @Override
      public String jdbcUrl(String database) {
        return stack.jdbcUrl(database);
      }

      @Override
      public String databaseUser() {
        return stack.databaseUser();
      }

      @Override
      public String databasePassword() {
        return stack.databasePassword();
      }
    };
  }
}
