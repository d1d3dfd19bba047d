package org.compact.localstack;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What has been started, stopped in reverse order exactly once: from the JVM shutdown hook on
 * Ctrl-C or SIGTERM, or directly when a start fails half way.
 */
final class ShutdownSequence {
  /** One thing to stop. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  private record NamedStep(String name, Step step) {}

  private final Deque<NamedStep> steps = new ArrayDeque<>();
  private boolean started;

  void installHook() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::run, "local-stack-shutdown"));
  }

  /**
   * Adds a step. When shutdown has already begun (Ctrl-C during startup), the step runs at once, so
   * that nothing started late is left behind.
   */
  void add(String name, Step step) {
    synchronized (this) {
      if (!started) {
        steps.push(new NamedStep(name, step));
        return;
      }
    }
    runStep(new NamedStep(name, step));
  }

  synchronized boolean hasStarted() {
    return started;
  }

  void run() {
    synchronized (this) {
      if (!started && !steps.isEmpty()) {
        Console.info("Shutting down ...");
      }
      started = true;
    }
    while (true) {
      NamedStep next;
      synchronized (this) {
        next = steps.poll();
      }
      if (next == null) {
        return;
      }
      runStep(next);
    }
  }

  private static void runStep(NamedStep step) {
    try {
      step.step().run();
    } catch (Exception e) {
      Console.error("Stopping %s failed: %s", step.name(), e);
    }
  }
}
