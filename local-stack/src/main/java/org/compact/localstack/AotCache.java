package org.compact.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JDK's AOT cache (JEP 483/514/515, JDK 25) of one service: {@code <data>/aot/<service>.aot}
 * with its key in {@code <service>.aot.key}. The key is everything the cache depends on: the JDK
 * that runs the services, their JVM options (GC, heap, code cache ...) and every file of the
 * service's {@code target/quarkus-app} folder (path, size, modification time), so a rebuild, other
 * options or another JDK make the cache stale and the launcher trains it again.
 *
 * <p>The key matters for correctness, not only for speed: JDK 25 does not notice that a jar on the
 * class path changed after training and then runs the classes stored in the cache, i.e. the old
 * code. A cache that cannot be mapped at all (truncated, corrupt) is only warned about by the JVM,
 * which then starts without it ({@code -XX:AOTMode=auto}, the default).
 */
final class AotCache {
  /** Where a cache stands against the current jars, options and JDK. */
  enum State {
    /** Trained for exactly this key: start with it. */
    FRESH,
    /** Never trained, or the file is gone. */
    MISSING,
    /** Trained for other jars, options or another JDK. */
    STALE,
    /** Training failed for exactly this key: do not try again until something changes. */
    FAILED
  }

  /** Changes when the launcher trains differently, so that earlier caches and failures expire. */
  static final String TRAINING_RECIPE = "2 (reads with an admin token; no metaspace cap)";

  private static final String OK = "status: ok";
  private static final String FAILED_PREFIX = "status: failed ";

  private final String service;
  private final Path file;
  private final String key;

  AotCache(String service, Path folder, String key) {
    this.service = service;
    this.file = folder.resolve(service + ".aot");
    this.key = key;
  }

  /** The cache of a service for the options and JDK of this launcher. */
  static AotCache of(Path folder, Path root, ServiceDefinition service, List<String> javaOptions) {
    return new AotCache(
        service.name(), folder, key(service.jar(root).getParent(), javaOptions, currentJdk()));
  }

  String service() {
    return service;
  }

  Path file() {
    return file;
  }

  Path keyFile() {
    return file.resolveSibling(file.getFileName() + ".key");
  }

  /** Where a training run writes; moved to {@link #file()} once it succeeded. */
  Path trainingOutput() {
    return file.resolveSibling(file.getFileName() + ".training");
  }

  String key() {
    return key;
  }

  State state() {
    String stored;
    try {
      stored = Files.readString(keyFile(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return State.MISSING;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + keyFile(), e);
    }
    int newline = stored.indexOf('\n');
    String status = newline < 0 ? stored : stored.substring(0, newline);
    String storedKey = newline < 0 ? "" : stored.substring(newline + 1);
    if (!storedKey.equals(key)) {
      return State.STALE;
    }
    if (status.startsWith(FAILED_PREFIX)) {
      return State.FAILED;
    }
    return status.equals(OK) && isNonEmptyFile(file) ? State.FRESH : State.MISSING;
  }

  /** Why the last training failed, when {@link #state()} is FAILED. */
  String failureReason() {
    try {
      String stored = Files.readString(keyFile(), StandardCharsets.UTF_8);
      String status = stored.lines().findFirst().orElse("");
      return status.startsWith(FAILED_PREFIX) ? status.substring(FAILED_PREFIX.length()) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** The JVM options that start the service with this cache. */
  List<String> runOptions() {
    return List.of("-XX:AOTCache=" + file);
  }

  /**
   * The JVM options of a training run: the JVM records what the run loads and links, and at exit
   * (after SIGTERM too) assembles the cache in a child JVM, before the process ends.
   */
  List<String> trainingOptions() {
    return List.of("-XX:AOTCacheOutput=" + trainingOutput());
  }

  /** Removes what an interrupted training run left (its output and the JVM's temporary config). */
  void prepareTraining() throws IOException {
    Files.createDirectories(file.getParent());
    String prefix = trainingOutput().getFileName().toString();
    try (Stream<Path> files = Files.list(file.getParent())) {
      for (Path leftover :
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  /** True when the training run wrote a cache. */
  boolean trainingProducedOutput() {
    return isNonEmptyFile(trainingOutput());
  }

  /** Takes the training run's output as the cache for the current key. */
  void accept() throws IOException {
    Files.move(
        trainingOutput(),
        file,
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    writeKey(OK);
  }

  /**
   * Deletes the cache and remembers that training failed for this key, so that the next start does
   * not spend a training run again until the jars, options or JDK change.
   */
  void recordFailure(String reason) throws IOException {
    Files.deleteIfExists(trainingOutput());
    Files.deleteIfExists(file);
    writeKey(FAILED_PREFIX + reason.replaceAll("\\R", " "));
  }

  /** Deletes the cache and its key: the next start trains again. */
  void discard() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(keyFile());
  }

  private void writeKey(String status) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), service, ".key.tmp");
    Files.writeString(temporary, status + "\n" + key, StandardCharsets.UTF_8);
    Files.move(
        temporary, keyFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * What a cache depends on, one line each: the JDK, the JVM options (also those the environment
   * adds through {@code JAVA_TOOL_OPTIONS} / {@code JDK_JAVA_OPTIONS}) and every file of the
   * service's application folder with its size and modification time.
   */
  static String key(Path applicationFolder, List<String> javaOptions, String jdk) {
    List<String> lines = new ArrayList<>();
    lines.add("training: " + TRAINING_RECIPE);
    lines.add("jdk: " + jdk);
    lines.add("options: " + String.join(" ", javaOptions));
    for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        lines.add("env " + variable + ": " + value.trim());
      }
    }
    try (Stream<Path> files = Files.walk(applicationFolder)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        lines.add(
            "file: %s %d %s"
                .formatted(
                    applicationFolder.relativize(path),
                    Files.size(path),
                    Instant.ofEpochMilli(Files.getLastModifiedTime(path).toMillis())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + applicationFolder, e);
    }
    return String.join("\n", lines) + "\n";
  }

  /** The JDK the services run on: the launcher's own ({@link ChildProcess#javaExecutable()}). */
  static String currentJdk() {
    return "%s %s %s %s"
        .formatted(
            System.getProperty("java.vm.vendor"),
            System.getProperty("java.vm.version"),
            System.getProperty("os.arch"),
            System.getProperty("java.home"));
  }

  /**
   * True when a JVM's output says it could not use its AOT cache ({@code -XX:AOTMode=auto} goes on
   * without it): {@code [error][aot] An error has occurred while processing the AOT cache}, {@code
   * Unable to map shared spaces}, {@code Unable to use AOT cache}.
   */
  static boolean jvmRejected(String output) {
    return output.contains("[aot] An error has occurred while processing the AOT cache")
        || output.contains("[aot] Unable to map shared spaces")
        || output.contains("Unable to use AOT cache");
  }

  private static boolean isNonEmptyFile(Path path) {
    try {
      return Files.isRegularFile(path) && Files.size(path) > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
