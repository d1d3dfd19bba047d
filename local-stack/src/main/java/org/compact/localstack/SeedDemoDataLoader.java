package org.compact.localstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Demo data from the seed documents, through the services' own HTTP APIs so the outbox events flow
 * and the annual report fills. signatory-service loads the seed organisations itself at start-up
 * (switched on by the launcher); this loader then imports and publishes the seed 000 and 004 action
 * plans and asks consultation-service for its seed 004 consultations, owned by South Derbyshire
 * District Council. Adoption dates are illustrative. Everything is looked up first, so a second run
 * adds nothing.
 */
public final class SeedDemoDataLoader implements DemoDataLoader {
  static final String CONSULTATION_OWNER = "South Derbyshire District Council";

  /** A seed plan: its file, and the title/period/adoption date the file itself lacks. */
  record SeedPlan(String resource, String title, String period, String adoptedOn) {}

  static final SeedPlan[] PLANS = {
    new SeedPlan(
        "demo/seeds/000-derbyshire-compact-action-plan.tsv",
        "Derbyshire Compact Action Plan",
        "2007-08",
        "2007-04-02"),
    new SeedPlan(
        "demo/seeds/004-south-derbyshire-consultation-strategy.tsv",
        "Consultation Strategy Action Plan 2009-2010",
        "2009-10",
        "2009-04-20")
  };

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public String name() {
    return "seed plans (000, 004) and consultations (004)";
  }

  @Override
  public void load(RunningStack stack) throws Exception {
    String admin = stack.token("compact-admin", Optional.empty(), "demo-data-loader");
    URI actionplan = stack.serviceUrls().get("actionplan");
    if (actionplan != null) {
      for (SeedPlan plan : PLANS) {
        loadPlan(actionplan, admin, plan);
      }
    }
    URI signatory = stack.serviceUrls().get("signatory");
    URI consultation = stack.serviceUrls().get("consultation");
    if (signatory != null && consultation != null) {
      Optional<String> owner = findOrganisation(signatory, admin, CONSULTATION_OWNER);
      if (owner.isEmpty()) {
        Console.warn("Demo consultations skipped: %s is not on the register", CONSULTATION_OWNER);
        return;
      }
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(consultation.resolve("/admin/demo-data"))
                  .header("Authorization", "Bearer " + admin)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"ownerId\":\"" + owner.get() + "\"}")));
      expect(response, "consultation demo data", 200, 201, 204);
      Console.info("Demo consultations of %s loaded", CONSULTATION_OWNER);
    }
  }

  private void loadPlan(URI actionplan, String admin, SeedPlan plan) throws Exception {
    HttpResponse<String> list =
        send(
            HttpRequest.newBuilder(actionplan.resolve("/plans?size=200"))
                .header("Authorization", "Bearer " + admin)
                .GET());
    expect(list, "plan list", 200);
    JsonArray items = json(list.body()).getJsonArray("items");
    boolean present =
        items.stream()
            .map(JsonObject.class::cast)
            .anyMatch(p -> plan.title().equals(p.getString("title", "")));
    if (present) {
      Console.info("Demo plan already there: %s", plan.title());
      return;
    }
    String query =
        "?format=tsv&title="
            + encode(plan.title())
            + "&period="
            + encode(plan.period())
            + "&adoptedOn="
            + plan.adoptedOn();
    HttpResponse<String> imported =
        send(
            HttpRequest.newBuilder(actionplan.resolve("/plans/import" + query))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource(plan.resource()))));
    expect(imported, "import of " + plan.title(), 200, 201);
    String planId = json(imported.body()).getString("planId");
    HttpResponse<String> current =
        send(
            HttpRequest.newBuilder(actionplan.resolve("/plans/" + planId))
                .header("Authorization", "Bearer " + admin)
                .GET());
    expect(current, "plan " + planId, 200);
    String etag = current.headers().firstValue("ETag").orElse("*");
    HttpResponse<String> published =
        send(
            HttpRequest.newBuilder(actionplan.resolve("/plans/" + planId + "/publish"))
                .header("Authorization", "Bearer " + admin)
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody()));
    expect(published, "publishing " + plan.title(), 200);
    Console.info("Demo plan imported and published: %s", plan.title());
  }

  private Optional<String> findOrganisation(URI signatory, String admin, String name)
      throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(signatory.resolve("/signatories?size=200&name=" + encode(name)))
                .header("Authorization", "Bearer " + admin)
                .GET());
    expect(response, "signatory search", 200);
    return json(response.body()).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(o -> name.equals(o.getString("name", "")))
        .map(o -> o.getString("id"))
        .findFirst();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> response, String what, int... statuses) {
    for (int status : statuses) {
      if (response.statusCode() == status) {
        return;
      }
    }
    throw new IllegalStateException(
        what + " answered " + response.statusCode() + ": " + response.body());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SeedDemoDataLoader.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
