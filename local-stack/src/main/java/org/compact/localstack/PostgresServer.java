package org.compact.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL 17 (zonky's binaries) as a real server process with a persistent data folder: {@code
 * initdb} runs only when the folder is empty, so data survives restarts. The superuser {@code
 * postgres} may log in from loopback without password (as zonky expects); every other role needs
 * its password (SCRAM), like in production.
 */
public final class PostgresServer implements AutoCloseable {
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String PG_HBA =
      """
      # Written by the Compact local stack on every start; edits are lost.
      # TYPE  DATABASE  USER      ADDRESS         METHOD
      local   all       all                       trust
      host    all       postgres  127.0.0.1/32    trust
      host    all       postgres  ::1/128         trust
      host    all       all       127.0.0.1/32    scram-sha-256
      host    all       all       ::1/128         scram-sha-256
      """;

  private final EmbeddedPostgres postgres;
  private final String host;

  private PostgresServer(EmbeddedPostgres postgres, String host) {
    this.postgres = postgres;
    this.host = host;
  }

  /**
   * Starts the server on {@code bindHost:port} with its data in {@code dataDirectory} and its
   * output appended to {@code log}; returns once it accepts connections.
   */
  public static PostgresServer start(
      Path dataDirectory, String bindHost, String host, int port, Path log, Duration timeout) {
    boolean fresh = Files.notExists(dataDirectory.resolve("postgresql.conf"));
    Console.info(
        "Starting PostgreSQL on %s:%d (%s)",
        bindHost, port, fresh ? "new data folder, running initdb" : "existing data");
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false) // the launcher stops it after the services
              .setPort(port)
              .setServerConfig("listen_addresses", bindHost)
              .setPGStartupWait(timeout)
              .setDataDirectoryCustomizer(PostgresServer::writeHostBasedAuthentication)
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .start();
      return new PostgresServer(postgres, host);
    } catch (IOException | RuntimeException e) {
      throw new StackException(
          "PostgreSQL did not start: "
              + e.getMessage()
              + "\n  log: "
              + log
              + "\n"
              + ChildProcess.tail(log, 15),
          e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port() + "/" + database;
  }

  /**
   * Creates the login role (or resets its password to the configured one) and every database that
   * is missing, owned by that role. Existing databases are left alone.
   */
  public void ensureDatabases(String owner, String password, List<String> databases) {
    String role = identifier(owner);
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      boolean roleExists = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", owner);
      statement.execute(
          (roleExists ? "ALTER" : "CREATE")
              + " ROLE "
              + role
              + " WITH LOGIN PASSWORD "
              + literal(password));
      for (String database : databases) {
        if (exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
          continue;
        }
        statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + role);
        Console.info("Created database %s (owner %s)", database, owner);
      }
    } catch (SQLException e) {
      throw new StackException("Cannot create the role and databases: " + e.getMessage(), e);
    }
  }

  /** Stops the server (fast shutdown: open sessions are ended, data is flushed). */
  @Override
  public void close() throws IOException {
    Console.info("Stopping PostgreSQL");
    postgres.close();
  }

  /**
   * Stops a server still running on {@code dataDirectory} from a launcher that was killed: reads
   * {@code postmaster.pid} and asks for a fast shutdown (SIGINT).
   */
  public static void stopLeftover(Path dataDirectory, Duration grace) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    Optional<ProcessHandle> leftover = postmaster(pidFile);
    if (leftover.isEmpty()) {
      return;
    }
    ProcessHandle handle = leftover.get();
    Console.warn(
        "PostgreSQL (pid %d) is left over from a run that did not shut down; stopping it",
        handle.pid());
    try {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(handle.pid())).start();
      kill.waitFor();
    } catch (IOException e) {
      handle.destroy(); // SIGTERM: a smart shutdown
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!PidFile.awaitExit(handle, grace)) {
      throw new StackException(
          "PostgreSQL (pid "
              + handle.pid()
              + ") from an earlier run does not stop; stop it by hand (kill "
              + handle.pid()
              + ") and start again");
    }
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) {
    try {
      if (Files.notExists(pidFile)) {
        return Optional.empty();
      }
      String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).get(0).trim();
      return ProcessHandle.of(Long.parseLong(first))
          .filter(ProcessHandle::isAlive)
          .filter(handle -> PidFile.commandLineContains(handle, pidFile.getParent().toString()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void writeHostBasedAuthentication(File dataDirectory) {
    try {
      Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), PG_HBA);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write pg_hba.conf", e);
    }
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  /** Role and database names go into DDL, which takes no parameters: only plain names pass. */
  static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new StackException(
          "'" + name + "' is not a plain PostgreSQL name (lower-case letters, digits, _)");
    }
    return name;
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
