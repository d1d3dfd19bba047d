package org.compact.systemtests.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compact.systemtests.stack.HttpResult;
import org.compact.systemtests.stack.Json;
import org.compact.systemtests.stack.ServiceClient;
import org.compact.systemtests.stack.SystemStack;
import org.compact.testsupport.TestTokens;

/**
 * The writes the fault tests make, as compact-admin through the public APIs: each returns the raw
 * answer so that a burst can count acknowledged (2xx) and refused writes.
 */
final class Writes {
  private final ServiceClient signatory;
  private final ServiceClient actionplan;
  private final ServiceClient consultation;
  private final String admin = TestTokens.admin();

  Writes(SystemStack stack) {
    this.signatory = stack.client("signatory").as(admin);
    this.actionplan = stack.client("actionplan").as(admin);
    this.consultation = stack.client("consultation").as(admin);
  }

  /** POST /signatories: a PROSPECT (signatory.registered). */
  HttpResult register(String name, String sector) {
    return signatory.post(
        "signatories",
        Json.object()
            .put("name", name)
            .put("sector", sector)
            .put("kind", "charity")
            .put("area", "System test"));
  }

  /** POST /signatories/{id}/sign with the ETag the registration answered (signatory.signed). */
  HttpResult sign(HttpResult registered, LocalDate signedOn) {
    return signatory
        .ifMatch(registered.etag())
        .post(
            "signatories/" + registered.json().get("id").asText() + "/sign",
            Json.object().put("signedOn", signedOn.toString()).put("signedBy", "Chair"));
  }

  /** POST /consultations: entered after it closed, so scheduled, opened and closed at once. */
  HttpResult consultation(UUID owner, String title, LocalDate opensOn, LocalDate closesOn) {
    ObjectNode body =
        Json.object()
            .put("ownerId", owner.toString())
            .put("title", title)
            .put("summary", "Fault-injection consultation")
            .put("representativeViews", true)
            .put("directViews", false)
            .put("opensOn", opensOn.toString())
            .put("closesOn", closesOn.toString());
    body.set("audiences", Json.array().add("VCS_ORGANISATIONS"));
    body.set("methods", Json.array().add("ONLINE"));
    return consultation.post("consultations", body);
  }

  /** POST /actions/{id}/progress: an append without status change (action.progress-recorded). */
  HttpResult progress(UUID action, String note) {
    return actionplan.post("actions/" + action + "/progress", Json.object().put("note", note));
  }

  /** A published plan with {@code count} actions to post progress on; returns the action ids. */
  List<UUID> publishedPlanWithActions(String title, int count) {
    String plan =
        actionplan
            .post("plans", Json.object().put("title", title).put("period", "2030-31"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    String section =
        actionplan
            .post("plans/" + plan + "/sections", Json.object().put("title", "Fault injection"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    String objective =
        actionplan
            .post(
                "plans/" + plan + "/sections/" + section + "/objectives",
                Json.object().put("text", "Survive failures"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    List<UUID> actions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      actions.add(
          UUID.fromString(
              actionplan
                  .post(
                      "plans/" + plan + "/objectives/" + objective + "/actions",
                      Json.object().put("description", "Action " + i + " of " + title))
                  .expect(201)
                  .json()
                  .get("id")
                  .asText()));
    }
    String etag = actionplan.get("plans/" + plan).expect(200).etag();
    actionplan.ifMatch(etag).post("plans/" + plan + "/publish", null).expect(200);
    return actions;
  }
}
