package org.compact.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pid of a child process plus a marker found in its command line, so that a later start can
 * stop what a killed launcher left behind, and never a process that merely reused the pid.
 */
final class PidFile {
  private PidFile() {}

  static void write(Path file, long pid, String marker) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, pid + "\n" + marker + "\n", StandardCharsets.UTF_8);
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      Console.warn("Could not delete %s: %s", file, e.getMessage());
    }
  }

  /** The live process recorded in {@code file}, if its command line still carries the marker. */
  static Optional<ProcessHandle> liveProcess(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (lines.size() < 2) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String marker = lines.get(1).trim();
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(handle -> commandLineContains(handle, marker));
  }

  static boolean commandLineContains(ProcessHandle handle, String marker) {
    return handle.info().commandLine().map(line -> line.contains(marker)).orElse(false);
  }

  /**
   * Stops a process left over by a launcher that could not clean up (killed with SIGKILL, power
   * loss): SIGTERM, then SIGKILL when it has not ended within {@code grace}.
   */
  static void stopLeftover(Path file, Duration grace) {
    String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
    liveProcess(file)
        .ifPresent(
            handle -> {
              Console.warn(
                  "%s (pid %d) is left over from a run that did not shut down; stopping it",
                  name, handle.pid());
              terminate(handle, grace);
            });
    delete(file);
  }

  /** SIGTERM, wait up to {@code grace}, then SIGKILL. True when the process ended. */
  static boolean terminate(ProcessHandle handle, Duration grace) {
    handle.destroy();
    if (awaitExit(handle, grace)) {
      return true;
    }
    Console.warn("pid %d did not stop within %ds; killing it", handle.pid(), grace.toSeconds());
    handle.destroyForcibly();
    return awaitExit(handle, Duration.ofSeconds(10));
  }

  static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !handle.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    }
  }
}
