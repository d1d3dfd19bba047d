package org.compact.actionplan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.management.OperatingSystemMXBean;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.testsupport.TestTokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Saving a large imported plan (finding 2 of bench/README.md): the save flushes and clears the
 * persistence context in chunks and counts positions in memory, so every action, its position and
 * each of its events must still be there exactly once. The save time is logged, not asserted.
 */
@QuarkusTest
class LargeImportSaveTest {
  private static final Logger LOG = Logger.getLogger(LargeImportSaveTest.class);
  private static final String HEADER =
      "Theme,Objective,Action,Priority,Timescale,Responsibility,Resources,Key measures of"
          + " success,Status\r\n";

  /** Objectives of very different sizes, so objectives span the save's chunks. */
  private static final int[] OBJECTIVE_SIZES = {1, 450, 3, 199, 200, 201, 17, 2};

  @Inject DataSource dataSource;

  record ExpectedAction(String objective, int position, String description, String status) {}

  @Test
  void everyActionAndEventOfALargeImportIsSavedOnceInFileOrder() throws SQLException {
    // -Dcompact.test.large-import-actions=1000,2000 to log the save time of other sizes
    for (String size : System.getProperty("compact.test.large-import-actions", "2000").split(",")) {
      importAndCheck(Integer.parseInt(size.trim()));
    }
  }

  private void importAndCheck(int actions) throws SQLException {
    List<ExpectedAction> expected = new ArrayList<>();
    String csv = table(actions, expected);

    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long started = System.nanoTime();
    Response response =
        given()
            .config(
                RestAssured.config()
                    .httpClient(
                        HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 600_000)))
            .auth()
            .oauth2(TestTokens.admin())
            .contentType("text/csv")
            .body(csv.getBytes(StandardCharsets.UTF_8))
            .post("/plans/import?title=Large plan " + UUID.randomUUID() + "&period=2009-10");
    long millis = (System.nanoTime() - started) / 1_000_000;
    long cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
    // the service runs in this JVM: its CPU time is load-independent, unlike the wall time
    LOG.infof(
        "LARGE-IMPORT: saving %d actions took %d ms (JVM CPU %d ms, load average %.1f)",
        actions, millis, cpuMillis, os.getSystemLoadAverage());
    String planId =
        response
            .then()
            .statusCode(201)
            .body("counts.actions", equalTo(actions))
            .extract()
            .path("planId");

    UUID plan = UUID.fromString(planId);
    List<ExpectedAction> saved = new ArrayList<>();
    Map<String, Long> versions = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select o.text, a.position, a.description, a.status, a.id, a.version"
                    + " from plan_action a join plan_objective o on o.id = a.objective_id"
                    + " join plan_section s on s.id = o.section_id where a.plan_id = ?"
                    + " order by s.position, o.position, a.position")) {
      statement.setObject(1, plan);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          saved.add(
              new ExpectedAction(
                  rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4)));
          versions.put(rows.getString(5), rows.getLong(6));
        }
      }
    }
    assertThat(saved).containsExactlyElementsOf(expected);

    // every action: one action.created at version 0; a changed status: one status-changed at 1
    Map<String, List<String>> events = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select e.aggregate_id, e.event_type, (e.envelope::jsonb ->> 'aggregateVersion')"
                    + " from outbox_event e join plan_action a on a.id::text = e.aggregate_id"
                    + " where a.plan_id = ? order by e.id")) {
      statement.setObject(1, plan);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          events
              .computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
              .add(rows.getString(2) + "@" + rows.getString(3));
        }
      }
    }
    assertThat(events).hasSize(actions);
    Map<String, String> statusById = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select id, status from plan_action where plan_id = ?")) {
      statement.setObject(1, plan);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          statusById.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    events.forEach(
        (actionId, types) -> {
          if (statusById.get(actionId).equals("NOT_STARTED")) {
            assertThat(types).as(actionId).containsExactly("action.created@0");
            assertThat(versions.get(actionId)).as(actionId).isZero();
          } else {
            assertThat(types)
                .as(actionId)
                .containsExactly("action.created@0", "action.status-changed@1");
            assertThat(versions.get(actionId)).as(actionId).isEqualTo(1);
          }
        });
    assertThat(statusById.values()).contains("COMPLETED", "IN_PROGRESS", "NOT_STARTED");
  }

  /** A CSV table of {@code actions} rows; {@code expected} receives each action in file order. */
  private static String table(int actions, List<ExpectedAction> expected) {
    StringBuilder csv = new StringBuilder(HEADER);
    int objective = 0;
    int position = 0;
    for (int i = 0; i < actions; i++) {
      if (position == OBJECTIVE_SIZES[objective % OBJECTIVE_SIZES.length]) {
        objective++;
        position = 0;
      }
      String theme = "Theme " + (objective / 3 + 1);
      String objectiveText = "Objective " + (objective + 1);
      String description = "Action " + (i + 1) + " of the large plan";
      String timescale;
      String statusCell;
      String status;
      switch (i % 7) {
        case 3 -> {
          timescale = "Completed March 2010";
          statusCell = "";
          status = "COMPLETED";
        }
        case 5 -> {
          timescale = "Ongoing";
          statusCell = "In progress";
          status = "IN_PROGRESS";
        }
        default -> {
          timescale = i % 2 == 0 ? "March 2010" : "Quarterly";
          statusCell = "";
          status = "NOT_STARTED";
        }
      }
      csv.append(
          String.join(
              ",",
              theme,
              objectiveText,
              description,
              i % 3 == 0 ? "High" : "Low",
              timescale,
              "Policy Officer",
              "Officer time",
              "Report to the steering group",
              statusCell));
      csv.append("\r\n");
      expected.add(new ExpectedAction(objectiveText, position, description, status));
      position++;
    }
    return csv.toString();
  }
}
