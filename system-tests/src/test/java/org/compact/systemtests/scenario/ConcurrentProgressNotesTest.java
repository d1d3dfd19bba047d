package org.compact.systemtests.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.compact.systemtests.stack.HttpResult;
import org.compact.systemtests.stack.Json;
import org.compact.systemtests.stack.ServiceClient;
import org.compact.systemtests.stack.SystemStack;
import org.compact.systemtests.stack.Timings;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Progress notes are appends: DOMAIN.md asks no If-Match for them, so several people reporting on
 * the same action at the same moment must all be recorded. Found by the Kafka fault burst, where a
 * few concurrent notes on one action were refused with 412 (a precondition nobody sent).
 */
@org.junit.jupiter.api.Order(3)
class ConcurrentProgressNotesTest {
  static final int NOTES = 40;
  static final int CLIENTS = 8;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void concurrentNotesOnOneActionAreAllRecorded() throws Exception {
    SystemStack stack = SystemStack.shared();
    ServiceClient actionplan = stack.client("actionplan").as(TestTokens.admin());
    String run = UUID.randomUUID().toString().substring(0, 8);
    String action = publishedAction(actionplan, run);

    List<Future<HttpResult>> answers = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int i = 0; i < NOTES; i++) {
        String note = "Concurrent note " + i;
        answers.add(
            clients.submit(
                () ->
                    actionplan.post(
                        "actions/" + action + "/progress", Json.object().put("note", note))));
      }
    } finally {
      clients.shutdown();
    }
    List<String> refused = new ArrayList<>();
    for (Future<HttpResult> answer : answers) {
      HttpResult result = answer.get(2, TimeUnit.MINUTES);
      if (result.status() != 201) {
        refused.add(result.status() + " " + result.body());
      }
    }
    long recorded =
        actionplan
            .get("actions/" + action + "/progress?size=200")
            .expect(200)
            .json()
            .get("total")
            .asLong();
    Timings.report(
        "concurrent progress notes: %d sent, %d recorded, refused by status: %s",
        NOTES, recorded, refused.stream().map(r -> r.substring(0, 3)).toList());
    assertThat(refused).as("appends need no If-Match; none may be refused").isEmpty();
    assertThat(recorded).isEqualTo(NOTES);
  }

  private static String publishedAction(ServiceClient actionplan, String run) {
    JsonNode plan =
        actionplan
            .post(
                "plans", Json.object().put("title", "Concurrency " + run).put("period", "2031-32"))
            .expect(201)
            .json();
    String planId = plan.get("id").asText();
    String section =
        actionplan
            .post("plans/" + planId + "/sections", Json.object().put("title", "Reporting"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    String objective =
        actionplan
            .post(
                "plans/" + planId + "/sections/" + section + "/objectives",
                Json.object().put("text", "Report progress together"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    String action =
        actionplan
            .post(
                "plans/" + planId + "/objectives/" + objective + "/actions",
                Json.object().put("description", "Joint progress report " + run))
            .expect(201)
            .json()
            .get("id")
            .asText();
    actionplan
        .ifMatch(actionplan.get("plans/" + planId).expect(200).etag())
        .post("plans/" + planId + "/publish", null)
        .expect(200);
    return action;
  }
}
