import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Data for the reads and writes, created through the services' own APIs (so events flow and the
 * reporting read model fills): signed organisations with a public contact, consultations running
 * this month, and an imported action plan.
 */
final class Seed {
  static final ObjectMapper JSON = new ObjectMapper();

  final List<String> signedIds = Collections.synchronizedList(new ArrayList<>());
  final List<String> actionIds = new ArrayList<>();
  String planId;
  String month;
  int reportYear;

  static Seed create(Ctx ctx) throws Exception {
    Seed seed = new Seed();
    int orgs = ctx.quick ? 100 : 500;
    int consultations = ctx.quick ? 40 : 200;
    int actions = ctx.quick ? 200 : 1000;
    long t0 = System.nanoTime();
    String admin = ctx.admin();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < orgs; i++) {
      int n = i;
      done.add(pool.submit(() -> {
        seed.signedIds.add(seed.signedOrganisation(ctx, admin, n));
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    done.clear();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    seed.month = java.time.YearMonth.from(today).toString();
    seed.reportYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    for (int i = 0; i < consultations; i++) {
      int n = i;
      done.add(pool.submit(() -> {
        LocalDate opens = today.minusDays(100).plusDays(n % 130);
        String body = """
            {"ownerId":"%s","title":"Bench consultation %d","summary":"What should change in the area?",
             "audiences":["RESIDENTS","VCS_ORGANISATIONS"],"methods":["SURVEY"],"representativeViews":true,
             "directViews":true,"opensOn":"%s","closesOn":"%s","contact":"consult@example.org"}"""
            .formatted(seed.signedIds.get(n % seed.signedIds.size()), n, opens, opens.plusDays(90));
        ctx.ok("POST", ctx.url("consultation", "/consultations"), admin, body);
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    byte[] csv = PlanTable.csv(actions);
    HttpRequest request = HttpRequest.newBuilder(URI.create(ctx.url("actionplan",
            "/plans/import?format=csv&title=Bench%20plan&period=2026-27&adoptedOn=2026-04-01")))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
    HttpResponse<String> imported = ctx.http.send(request, HttpResponse.BodyHandlers.ofString());
    if (imported.statusCode() != 201) {
      throw new IllegalStateException("plan import -> " + imported.statusCode() + " " + Ctx.abbreviate(imported.body()));
    }
    seed.planId = JSON.readTree(imported.body()).path("planId").asText();
    for (int page = 0; seed.actionIds.size() < actions; page++) {
      JsonNode list = JSON.readTree(ctx.ok("GET", ctx.url("actionplan", "/plans/" + seed.planId + "/actions?size=200&page=" + page), admin, null).body());
      if (list.path("items").isEmpty()) {
        break;
      }
      list.path("items").forEach(a -> seed.actionIds.add(a.path("id").asText()));
    }
    Ctx.log("seeded %d signed organisations, %d consultations, a plan of %d actions in %.0f s",
        seed.signedIds.size(), consultations, seed.actionIds.size(), (System.nanoTime() - t0) / 1e9);
    awaitReadModel(ctx, Duration.ofMinutes(5));
    return seed;
  }

  private String signedOrganisation(Ctx ctx, String admin, int n) throws Exception {
    String body = """
        {"name":"Bench Organisation %d","sector":"%s","kind":"charity","area":"Area %d",
         "address":"%d High Street","website":"https://example.org/%d"}"""
        .formatted(n, n % 3 == 0 ? "PUBLIC" : "VCS", n % 7, n, n);
    HttpResponse<String> created = ctx.ok("POST", ctx.url("signatory", "/signatories"), admin, body);
    String id = JSON.readTree(created.body()).path("id").asText();
    String etag = created.headers().firstValue("ETag").orElse("\"0\"");
    ctx.ok("POST", ctx.url("signatory", "/signatories/" + id + "/sign"), admin,
        "{\"signedBy\":\"Chief Executive\"}", "If-Match", etag);
    ctx.ok("POST", ctx.url("signatory", "/signatories/" + id + "/contacts"), admin,
        "{\"name\":\"Contact %d\",\"role\":\"Compact lead\",\"email\":\"c%d@example.org\",\"showOnPublicRegister\":true}".formatted(n, n));
    return id;
  }

  /** Waits until the reporting consumer has no lag on any topic. */
  static void awaitReadModel(Ctx ctx, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Thread.sleep(1000); // let the relays publish what was just committed
    while (System.nanoTime() < deadline) {
      JsonNode state = JSON.readTree(ctx.ok("GET", ctx.url("reporting", "/admin/read-model"), ctx.admin(), null).body());
      long lag = 0;
      for (JsonNode l : state.path("lag")) {
        lag += Math.abs(l.asLong());
      }
      if (lag == 0 && !state.path("rebuilding").asBoolean()) {
        long pending = outboxPending(ctx);
        if (pending == 0) {
          return;
        }
      }
      Thread.sleep(500);
    }
    Ctx.log("warning: the reporting read model still lags after %s", timeout);
  }

  /** Unsent outbox rows across the services (the relays' backlog). */
  static long outboxPending(Ctx ctx) {
    long pending = 0;
    for (String db : List.of("signatory", "actionplan", "consultation", "dispute")) {
      String n = Tools.psql(ctx, db, "select count(*) from outbox_event where published_at is null");
      pending += Long.parseLong(n.isBlank() ? "0" : n);
    }
    return pending;
  }
}
