package org.compact.systemtests.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage timings of a system-test run (stack start, each scenario, each fault), printed as they
 * happen and once more as a table when the run ends ({@link StageTimingListener}).
 */
public final class Timings {
  /** One measured stage. */
  public record Stage(String name, Duration duration, String outcome) {}

  public static final String STACK_START = "stack start";

  private static final List<Stage> STAGES = new ArrayList<>();

  private Timings() {}

  public static synchronized void record(String name, Duration duration, String outcome) {
    STAGES.add(new Stage(name, duration, outcome));
    report("stage %-60s %8s  %s", name, seconds(duration), outcome);
  }

  public static synchronized List<Stage> stages() {
    return List.copyOf(STAGES);
  }

  /** A line of the system-test report, recognisable in the build log. */
  public static void report(String format, Object... args) {
    System.out.println("[system-tests] " + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  public static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
