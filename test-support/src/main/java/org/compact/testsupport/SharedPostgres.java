package org.compact.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server (embedded binaries, random port) per test JVM; each service gets its
 * own database in it. Stopped when the JVM exits.
 */
public final class SharedPostgres {
  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";
  private static EmbeddedPostgres server;

  private SharedPostgres() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      long started = System.nanoTime();
      try {
        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
      } catch (IOException e) {
        throw new IllegalStateException("cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "postgres-stop"));
      Timings.report("embedded PostgreSQL started", started);
    }
    return server;
  }

  /** Creates {@code database} if missing and returns its JDBC URL. */
  public static synchronized String database(String database) {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("bad database name " + database);
    }
    String adminUrl = server().getJdbcUrl(USER, "postgres");
    try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      var exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
      if (!exists.next()) {
        statement.execute("create database " + database);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database, e);
    }
    return server().getJdbcUrl(USER, database);
  }

  public static int port() {
    return server().getPort();
  }

  private static synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        // the JVM is exiting anyway
      }
      server = null;
    }
  }
}
