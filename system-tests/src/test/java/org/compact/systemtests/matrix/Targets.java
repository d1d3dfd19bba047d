package org.compact.systemtests.matrix;

/**
 * The single place that chooses the system under test for the matrix and hostile-input tests.
 *
 * <p>Against a stack started by hand (services trusting test-support's test key):
 *
 * <pre>
 * bin/local-stack reset
 * mkdir -p .data/keys &amp;&amp; cp test-support/src/main/resources/test-keys/*.pem .data/keys/
 * COMPACT_JWT_ISSUER=https://compact.test/issuer bin/run --no-demo-data &amp;   # wait for .data/run/ready
 * ./mvnw -B -o -pl test-support,system-tests test -Dsystemtests.skip=false -Dtest='*SystemTest' \
 *   -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dcompact.systemtests.url.signatory=http://localhost:8081 ... (one per service) \
 *   -Dcompact.systemtests.jdbc=jdbc:postgresql://localhost:15432/
 * </pre>
 */
public final class Targets {
  private Targets() {}

  /**
   * The running stack. Until the harness is wired in, the services' URLs come from system
   * properties (see {@link SystemPropertyTarget}); with the harness this becomes {@code
   * SystemStackTarget.of(SystemStack.shared())}.
   */
  public static Target target() {
    return SystemPropertyTarget.fromSystemProperties();
  }
}
