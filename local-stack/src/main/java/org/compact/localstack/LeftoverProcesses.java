package org.compact.localstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops what a launcher killed without cleanup (SIGKILL, closed laptop) left running on this data
 * folder: services first, then Kafka, then PostgreSQL. Only processes whose pid file and command
 * line both match are touched. Call while holding the {@link StackLock}.
 */
public final class LeftoverProcesses {
  private static final Duration GRACE = Duration.ofSeconds(30);

  private LeftoverProcesses() {}

  public static void stop(DataLayout layout) {
    List<Path> pidFiles = new ArrayList<>();
    if (Files.isDirectory(layout.run())) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.run(), "*.pid")) {
        files.forEach(pidFiles::add);
      } catch (IOException e) {
        throw new StackException("Cannot read " + layout.run() + ": " + e.getMessage(), e);
      }
    }
    Path kafka = layout.pidFile("kafka");
    pidFiles.stream()
        .filter(file -> !file.equals(kafka))
        .forEach(f -> PidFile.stopLeftover(f, GRACE));
    if (pidFiles.contains(kafka)) {
      PidFile.stopLeftover(kafka, GRACE);
    }
    PostgresServer.stopLeftover(layout.postgres(), GRACE);
  }
}
