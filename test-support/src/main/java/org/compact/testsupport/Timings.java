package org.compact.testsupport;

/** Prints how long a test stage took, so slow stages show in the CI log. */
public final class Timings {
  private Timings() {}

  public static void report(String stage, long startedNanos) {
    System.out.printf(
        "[timing] %s in %d ms%n", stage, (System.nanoTime() - startedNanos) / 1_000_000);
  }
}
