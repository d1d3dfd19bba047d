package org.compact.systemtests.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compact.systemtests.matrix.Call;
import org.compact.systemtests.matrix.FixtureWorld;
import org.compact.systemtests.matrix.Http;
import org.compact.systemtests.matrix.Json;
import org.compact.systemtests.matrix.Reply;
import org.compact.testsupport.TestTokens;

/**
 * Data whose text starts with = + - @, entered through the APIs, so every CSV export has such cells
 * to neutralise: signed organisations and a briefing contact (register export, briefing
 * recipients), a plan whose actions carry them (plan export), an approved good-practice example
 * (annual report CSV of review year 2002).
 */
final class FormulaData {
  static final List<String> FORMULAS =
      List.of(
          "=HYPERLINK(\"https://evil.example/\",\"click\")",
          "+1+cmd|' /C calc'!A0",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)*cmd|' /C calc'!A0");

  final List<String> problems = new ArrayList<>();
  String planId;
  final String marker;
  private final Http http;
  private final FixtureWorld world;

  FormulaData(Http http, FixtureWorld world) {
    this.http = http;
    this.world = world;
    this.marker = "fx" + world.suffix();
  }

  FormulaData create(List<String> services) {
    String admin = TestTokens.admin();
    if (services.contains("signatory")) {
      for (String formula : FORMULAS) {
        Optional<String> id =
            created(
                "signatory",
                "/signatories",
                admin,
                Json.write(
                    Map.of(
                        "name",
                        formula + " " + marker,
                        "sector",
                        "VCS",
                        "kind",
                        "charity",
                        "area",
                        marker)));
        id.ifPresent(
            org -> {
              ok(
                  "sign " + formula,
                  http.send(
                      Call.of("signatory", "POST", "/signatories/" + org + "/sign")
                          .withToken(admin)
                          .withJson(
                              "{\"signedOn\":\"2002-04-01\",\"signedBy\":\""
                                  + jsonEscape(formula)
                                  + "\"}")
                          .withHeader("If-Match", world.etag("signatory", "/signatories/" + org))));
              created(
                  "signatory",
                  "/signatories/" + org + "/contacts",
                  admin,
                  Json.write(
                      Map.of(
                          "name",
                          formula,
                          "role",
                          formula,
                          "email",
                          "formula@example.org",
                          "receivesBriefings",
                          true,
                          "showOnPublicRegister",
                          true)));
            });
      }
    }
    if (services.contains("actionplan")) {
      created(
              "actionplan",
              "/plans",
              admin,
              Json.write(
                  Map.of(
                      "title",
                      FORMULAS.get(0) + " " + marker,
                      "period",
                      "2002-03",
                      "adoptedOn",
                      "2002-04-20")))
          .ifPresent(
              plan -> {
                planId = plan;
                created(
                        "actionplan",
                        "/plans/" + plan + "/sections",
                        admin,
                        Json.write(Map.of("title", FORMULAS.get(3))))
                    .flatMap(
                        s ->
                            created(
                                "actionplan",
                                "/plans/" + plan + "/sections/" + s + "/objectives",
                                admin,
                                Json.write(Map.of("text", FORMULAS.get(1)))))
                    .ifPresent(
                        o -> {
                          for (String formula : FORMULAS) {
                            created(
                                "actionplan",
                                "/plans/" + plan + "/objectives/" + o + "/actions",
                                admin,
                                Json.write(
                                    Map.of(
                                        "description", formula,
                                        "timescale", "June 2002",
                                        "lead", formula,
                                        "resources", formula,
                                        "measuresOfSuccess", formula)));
                          }
                        });
              });
    }
    if (services.contains("reporting")) {
      created(
              "reporting",
              "/good-practice",
              TestTokens.token(TestTokens.PARTNER, world.orgA, "fx-partner-" + marker),
              Json.write(
                  Map.of(
                      "title",
                      FORMULAS.get(0),
                      "description",
                      FORMULAS.get(2),
                      "occurredOn",
                      "2002-06-15")))
          .ifPresent(
              id ->
                  ok(
                      "approve good practice",
                      http.send(
                          Call.of("reporting", "POST", "/good-practice/" + id + "/approve")
                              .withToken(admin)
                              .withHeader(
                                  "If-Match", world.etag("reporting", "/good-practice/" + id)))));
    }
    return this;
  }

  private Optional<String> created(String service, String path, String token, String json) {
    Reply reply = http.send(Call.of(service, "POST", path).withToken(token).withJson(json));
    if (!ok(path, reply)) {
      return Optional.empty();
    }
    return Json.text(reply.body(), "id");
  }

  private boolean ok(String what, Reply reply) {
    if (!reply.is2xx()) {
      problems.add("formula data '" + what + "' failed: " + reply.describe());
      return false;
    }
    return true;
  }

  private static String jsonEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
