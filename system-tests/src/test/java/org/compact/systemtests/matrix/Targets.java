package org.compact.systemtests.matrix;

/** The single place that chooses the system under test for the matrix and hostile-input tests. */
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
