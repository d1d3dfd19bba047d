package org.compact.localstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A process started by the launcher, with its output appended to a log file. Long-running ones get
 * a pid file and their own session ({@code setsid}), so that Ctrl-C reaches only the launcher,
 * which then stops them in order: services, then Kafka, then PostgreSQL.
 */
public final class ChildProcess {
  private static final Path SETSID = findSetsid();

  private final String name;
  private final Process process;
  private final Path log;
  private final Path pidFile;
  private final long logStart;

  private ChildProcess(String name, Process process, Path log, Path pidFile, long logStart) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.pidFile = pidFile;
    this.logStart = logStart;
  }

  /** Starts a short-lived tool in the launcher's own session, without pid file. */
  static ChildProcess startTool(String name, List<String> command, Path workingDirectory, Path log)
      throws IOException {
    return start(name, command, Map.of(), workingDirectory, log, null, null);
  }

  /**
   * A JVM option naming the process and its data folder, to be put right after {@code java}: it
   * identifies the process when it has to be stopped as a leftover, and it stays within the first
   * 4096 bytes of the command line, which is all {@link ProcessHandle.Info#commandLine()} shows.
   */
  static String markerOption(String name, DataLayout layout) {
    return "-Dcompact.localstack=" + name + "@" + layout.dir();
  }

  /**
   * Starts a server in its own session. {@code marker} is a string at the start of its command line
   * ({@link #markerOption}) that identifies it later when it has to be stopped as a leftover.
   */
  static ChildProcess startServer(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workingDirectory,
      Path log,
      Path pidFile,
      String marker)
      throws IOException {
    List<String> detached = new ArrayList<>();
    if (SETSID != null) {
      detached.add(SETSID.toString());
    }
    detached.addAll(command);
    return start(name, detached, environment, workingDirectory, log, pidFile, marker);
  }

  private static ChildProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workingDirectory,
      Path log,
      Path pidFile,
      String marker)
      throws IOException {
    Files.createDirectories(log.getParent());
    Files.writeString(
        log,
        "%n===== %s started %s =====%n%s%n%n"
            .formatted(name, Instant.now(), String.join(" ", command)),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    long logStart = Files.size(log);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close(); // no input: a child reading stdin sees end of file
    if (pidFile != null) {
      PidFile.write(pidFile, process.pid(), marker);
    }
    return new ChildProcess(name, process, log, pidFile, logStart);
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitValue() {
    return process.exitValue();
  }

  public CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /** Waits up to {@code timeout} for the process to end; true when it has. */
  public boolean awaitExit(Duration timeout) {
    return PidFile.awaitExit(process.toHandle(), timeout);
  }

  /** Sends SIGTERM without waiting; see {@link #awaitStopped}. */
  void requestStop() {
    if (process.isAlive()) {
      process.destroy();
    }
  }

  /** Waits for the end requested by {@link #requestStop}; kills the process after the deadline. */
  void awaitStopped(Deadline deadline) {
    if (!awaitExit(deadline.remaining())) {
      Console.warn(
          "%s (pid %d) did not stop within %ds; killing it",
          name, process.pid(), deadline.total().toSeconds());
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(10));
    }
    if (pidFile != null && !process.isAlive()) {
      PidFile.delete(pidFile);
    }
  }

  /**
   * SIGKILL at once, no grace (fault injection in system tests); waits up to {@code timeout} for
   * the process to end and removes its pid file. True when it has ended.
   */
  public boolean kill(Duration timeout) {
    process.destroyForcibly();
    boolean ended = awaitExit(timeout);
    if (ended && pidFile != null) {
      PidFile.delete(pidFile);
    }
    return ended;
  }

  /** SIGTERM, wait until {@code grace} is over, then SIGKILL. */
  public void stop(Duration grace) {
    requestStop();
    awaitStopped(Deadline.after(grace));
  }

  /** What this process has written to its log so far (earlier runs left out). */
  public String logSinceStart() {
    try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
      long length = Math.max(0, in.length() - logStart);
      byte[] bytes = new byte[(int) Math.min(length, 4 * 1024 * 1024)];
      in.seek(logStart);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The last lines of the log, to show why something failed. */
  public String logTail(int lines) {
    return tail(log, lines);
  }

  static String tail(Path file, int lines) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      int chunk = (int) Math.min(length, 16 * 1024);
      byte[] bytes = new byte[chunk];
      in.seek(length - chunk);
      in.readFully(bytes);
      String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
      int from = Math.max(0, all.length - lines);
      StringBuilder text = new StringBuilder();
      for (int i = from; i < all.length; i++) {
        text.append("    | ").append(all[i]).append(System.lineSeparator());
      }
      return text.toString();
    } catch (IOException e) {
      return "    (cannot read " + file + ": " + e.getMessage() + ")" + System.lineSeparator();
    }
  }

  /** The {@code java} of the JVM running the launcher; children use the same JDK. */
  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path findSetsid() {
    String path = System.getenv("PATH");
    List<String> folders = new ArrayList<>(List.of("/usr/bin", "/bin"));
    if (path != null) {
      folders.addAll(0, List.of(path.split(File.pathSeparator)));
    }
    for (String folder : folders) {
      Path candidate = Path.of(folder, "setsid");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
