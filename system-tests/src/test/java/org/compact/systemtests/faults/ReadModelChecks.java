package org.compact.systemtests.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compact.contracts.Topics;
import org.compact.systemtests.stack.SystemStack;

/**
 * What the services and reporting-service's read model hold, read straight from their databases:
 * the evidence that every acknowledged write is stored and counted exactly once.
 */
final class ReadModelChecks {
  private final SystemStack stack;

  ReadModelChecks(SystemStack stack) {
    this.stack = stack;
  }

  /** How many of {@code ids} exist in {@code table} of a service's database (column id). */
  long storedRows(String service, String table, Collection<String> ids) {
    return count(
        stack.databaseOf(service),
        "select count(*) from " + table + " where id::text = any(?)",
        ids);
  }

  /**
   * Facts of {@code eventType} per aggregate id among {@code aggregateIds}, from the read model:
   * exactly once = every id maps to 1.
   */
  Map<String, Integer> factsPerAggregate(String eventType, Collection<String> aggregateIds) {
    return grouped(
        "select aggregate_id, count(*) from report_fact where event_type = ? and aggregate_id = any(?)"
            + " group by aggregate_id",
        eventType,
        aggregateIds);
  }

  /** Progress facts per progress id (the payload's progressId) among {@code progressIds}. */
  Map<String, Integer> progressFacts(Collection<String> progressIds) {
    return grouped(
        "select payload::json->>'progressId', count(*) from report_fact"
            + " where event_type = ? and payload::json->>'progressId' = any(?) group by 1",
        "action.progress-recorded",
        progressIds);
  }

  /** Every event id a service's outbox published to one of the topics the read model reads. */
  Set<String> publishedEventIds() {
    String topics = String.join(",", Topics.ALL.stream().map(t -> "'" + t + "'").toList());
    Set<String> ids = new HashSet<>();
    for (String service : stack.services()) {
      ids.addAll(
          strings(
              stack.databaseOf(service),
              "select event_id::text from outbox_event where published_at is not null"
                  + " and topic in ("
                  + topics
                  + ")"));
    }
    return ids;
  }

  /** Every event id the read model holds. */
  Set<String> factEventIds() {
    return new HashSet<>(
        strings(stack.databaseOf("reporting"), "select event_id::text from report_fact"));
  }

  /** Events of the outboxes missing from the read model, and facts that no outbox published. */
  String exactlyOnceProblems() {
    Set<String> published = publishedEventIds();
    Set<String> facts = factEventIds();
    Set<String> missing = new HashSet<>(published);
    missing.removeAll(facts);
    Set<String> unknown = new HashSet<>(facts);
    unknown.removeAll(published);
    if (missing.isEmpty() && unknown.isEmpty()) {
      return "";
    }
    return "published but not in the read model: "
        + missing.size()
        + " "
        + sample(missing)
        + "; in the read model but published by no outbox: "
        + unknown.size()
        + " "
        + sample(unknown);
  }

  private static String sample(Set<String> ids) {
    return ids.stream().limit(5).toList().toString();
  }

  private long count(String database, String sql, Collection<String> ids) {
    try (Connection connection = stack.connect(database);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private Map<String, Integer> grouped(String sql, String eventType, Collection<String> ids) {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection connection = stack.connect(stack.databaseOf("reporting"));
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, eventType);
      Array array = connection.createArrayOf("text", ids.toArray());
      statement.setArray(2, array);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
    return counts;
  }

  private List<String> strings(String database, String sql) {
    List<String> values = new java.util.ArrayList<>();
    try (Connection connection = stack.connect(database);
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
    }
    return values;
  }
}
