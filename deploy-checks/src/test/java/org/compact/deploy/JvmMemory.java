package org.compact.deploy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service JVM may use at most, read from its options: the heap ({@code -Xmx}), metaspace
 * ({@code -XX:MaxMetaspaceSize}) and code cache ({@code -XX:ReservedCodeCacheSize}) caps, plus
 * {@link #UNCAPPED} for what no option caps (thread stacks, GC structures, Netty's buffers, the
 * JVM's own memory). A container limit below that sum lets the kernel kill the JVM before the JVM
 * reports an OutOfMemoryError.
 */
record JvmMemory(long heap, long metaspace, long codeCache) {
  private static final long MIB = 1024L * 1024;

  /** Beyond the capped areas: 50-100 threads at 512 KB, GC, buffers (325-357 MB RSS measured). */
  static final long UNCAPPED = 64 * MIB;

  static JvmMemory of(String javaOptions) {
    return new JvmMemory(
        size(javaOptions, "-Xmx"),
        size(javaOptions, "-XX:MaxMetaspaceSize="),
        size(javaOptions, "-XX:ReservedCodeCacheSize="));
  }

  long bound() {
    return heap + metaspace + codeCache + UNCAPPED;
  }

  boolean fitsIn(long containerLimit) {
    return bound() <= containerLimit;
  }

  /** A JVM size option's value in bytes ({@code 192m}, {@code 1g}, {@code 65536k}). */
  private static long size(String options, String option) {
    Matcher matcher =
        Pattern.compile("(?:^|\\s)" + Pattern.quote(option) + "(\\d+)([kKmMgG]?)(?:\\s|$)")
            .matcher(options);
    if (!matcher.find()) {
      throw new AssertionError("no " + option + "<size> in the JVM options: " + options);
    }
    long value = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> value * 1024;
      case "m" -> value * MIB;
      case "g" -> value * 1024 * MIB;
      default -> value;
    };
  }

  /** A Kubernetes memory quantity ({@code 512Mi}, {@code 1Gi}) or Compose size ({@code 512m}). */
  static long quantity(String text) {
    Matcher matcher = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|m|g|b)?").matcher(text.trim());
    if (!matcher.matches()) {
      throw new AssertionError("not a memory size: " + text);
    }
    long value = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "" : matcher.group(2);
    return switch (unit) {
      case "Ki", "k" -> value * 1024;
      case "Mi", "m" -> value * MIB;
      case "Gi", "g" -> value * 1024 * MIB;
      default -> value;
    };
  }
}
