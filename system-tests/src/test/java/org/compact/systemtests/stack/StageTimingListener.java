package org.compact.systemtests.stack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Times every test of the module (registered through {@code META-INF/services}, so it covers every
 * package of the module) and prints the stage table when the run ends.
 */
public final class StageTimingListener implements TestExecutionListener {
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final Map<String, Integer> stagesBefore = new ConcurrentHashMap<>();

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      started.put(test.getUniqueId(), System.nanoTime());
      stagesBefore.put(test.getUniqueId(), Timings.stages().size());
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Long start = started.remove(test.getUniqueId());
    if (start == null || !test.isTest()) {
      return;
    }
    // the first test to ask for the stack waits for it to start: that is the "stack start" stage
    Duration stackStart =
        Timings.stages().stream()
            .skip(stagesBefore.remove(test.getUniqueId()))
            .filter(stage -> stage.name().equals(Timings.STACK_START))
            .map(Timings.Stage::duration)
            .reduce(Duration.ZERO, Duration::plus);
    Timings.record(
        name(test),
        Duration.ofNanos(System.nanoTime() - start).minus(stackStart),
        result.getStatus().toString());
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    var stages = Timings.stages();
    if (stages.isEmpty()) {
      return;
    }
    Timings.report("---------------- stage timings ----------------");
    Duration total = Duration.ZERO;
    for (Timings.Stage stage : stages) {
      Timings.report(
          "%-68s %8s  %s", stage.name(), Timings.seconds(stage.duration()), stage.outcome());
      total = total.plus(stage.duration());
    }
    Timings.report("%-68s %8s", "total", Timings.seconds(total));
  }

  private static String name(TestIdentifier test) {
    if (test.getSource().orElse(null) instanceof MethodSource method) {
      String className = method.getClassName();
      return className.substring(className.lastIndexOf('.') + 1) + "." + method.getMethodName();
    }
    return test.getDisplayName();
  }
}
