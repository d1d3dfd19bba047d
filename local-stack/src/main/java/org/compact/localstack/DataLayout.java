package org.compact.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps its state, all under one data folder (default {@code .data/} in the
 * project root) so that {@code reset} can delete it at once.
 */
public record DataLayout(Path dir) {
  /** Marks a folder as ours, so that {@code reset} never deletes a folder it did not create. */
  static final String MARKER = ".compact-local-stack";

  public DataLayout {
    dir = dir.toAbsolutePath().normalize();
  }

  public Path postgres() {
    return dir.resolve("postgres");
  }

  public Path kafka() {
    return dir.resolve("kafka");
  }

  public Path kafkaData() {
    return kafka().resolve("data");
  }

  public Path kafkaConfig() {
    return kafka().resolve("server.properties");
  }

  public Path keys() {
    return dir.resolve("keys");
  }

  public Path logs() {
    return dir.resolve("logs");
  }

  public Path log(String name) {
    return logs().resolve(name + ".log");
  }

  /**
   * The services' AOT caches (JDK 25): kept by {@code reset}, since they depend only on the jars,
   * the JVM options and the JDK, which their keys record.
   */
  public Path aot() {
    return dir.resolve("aot");
  }

  /** Lock file, pid files of child processes and the ready file. */
  public Path run() {
    return dir.resolve("run");
  }

  public Path pidFile(String name) {
    return run().resolve(name + ".pid");
  }

  Path lockFile() {
    return run().resolve("stack.lock");
  }

  /** Exists while the stack is up; system tests can wait for it. */
  Path readyFile() {
    return run().resolve("ready");
  }

  Path marker() {
    return dir.resolve(MARKER);
  }

  public void create() {
    try {
      for (Path folder : new Path[] {dir, kafka(), keys(), logs(), run()}) {
        Files.createDirectories(folder);
      }
      if (Files.notExists(marker())) {
        Files.writeString(
            marker(), "Data of the Compact local stack. Delete with: bin/run --reset or reset\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data folder " + dir, e);
    }
  }
}
