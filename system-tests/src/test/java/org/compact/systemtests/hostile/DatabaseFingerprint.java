package org.compact.systemtests.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a service's database holds, cheaply: per table its row count and a sum over the row
 * versions' transaction ids ({@code xmin}), so an insert, update or delete anywhere changes it. One
 * query per fingerprint. Tables written in the background are left out or counted only (see {@code
 * hostile-async-tables.txt}).
 */
final class DatabaseFingerprint implements AutoCloseable {
  private final String database;
  private final Connection connection;
  private final PreparedStatement query;
  private final List<String> tables;

  private DatabaseFingerprint(
      String database, Connection connection, List<String> tables, String sql) throws SQLException {
    this.database = database;
    this.connection = connection;
    this.tables = tables;
    this.query = connection.prepareStatement(sql);
  }

  static DatabaseFingerprint open(String database, String url, String user, String password)
      throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    connection.setAutoCommit(true);
    Map<String, String> rules = asyncRules();
    List<String> tables = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    try (PreparedStatement list =
            connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' order by table_name");
        ResultSet rs = list.executeQuery()) {
      while (rs.next()) {
        String table = rs.getString(1);
        String rule = ruleFor(rules, database, table);
        if ("ignore".equals(rule)) {
          continue;
        }
        tables.add(table);
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        String versions =
            "count".equals(rule) ? "0" : "coalesce(sum(hashtext(xmin::text)::bigint), 0)";
        parts.add(
            "select '" + table + "' as t, count(*) as n, " + versions + " as v from " + quoted);
      }
    }
    if (parts.isEmpty()) {
      parts.add("select 'none' as t, 0 as n, 0 as v");
    }
    return new DatabaseFingerprint(database, connection, tables, String.join(" union all ", parts));
  }

  /** table → "rows/versions". */
  Map<String, String> take() throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3));
      }
    }
    return out;
  }

  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> out = new ArrayList<>();
    after.forEach(
        (table, value) -> {
          String old = before.get(table);
          if (!value.equals(old)) {
            out.add(table + " (rows/versions " + old + " -> " + value + ")");
          }
        });
    return out;
  }

  String database() {
    return database;
  }

  List<String> tables() {
    return tables;
  }

  private static Map<String, String> asyncRules() {
    Map<String, String> rules = new LinkedHashMap<>();
    try (InputStream in =
        DatabaseFingerprint.class
            .getClassLoader()
            .getResourceAsStream("hostile-async-tables.txt")) {
      if (in == null) {
        throw new IllegalStateException("no hostile-async-tables.txt");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] words = trimmed.split("\\s+");
        rules.put(words[0], words[1]);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return rules;
  }

  private static String ruleFor(Map<String, String> rules, String database, String table) {
    for (String key : List.of(database + "." + table, "*." + table, database + ".*")) {
      if (rules.containsKey(key)) {
        return rules.get(key);
      }
    }
    return "full";
  }

  @Override
  public void close() throws SQLException {
    query.close();
    connection.close();
  }
}
