package org.compact.localstack;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress messages of the launcher, one line each, with time and a recognisable prefix. */
final class Console {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** Where progress goes; the token command switches it to stderr so stdout holds only the JWT. */
  private static volatile PrintStream out = System.out;

  private Console() {}

  static void useStandardError() {
    out = System.err;
  }

  static void info(String format, Object... args) {
    out.println(prefix() + String.format(format, args));
  }

  static void warn(String format, Object... args) {
    out.println(prefix() + "WARNING: " + String.format(format, args));
  }

  static void error(String format, Object... args) {
    System.err.println(prefix() + "ERROR: " + String.format(format, args));
  }

  /** Prints text as it is (tables, usage). */
  static void raw(String text) {
    out.print(text);
    out.flush();
  }

  private static String prefix() {
    return "[local-stack " + LocalTime.now().format(TIME) + "] ";
  }
}
