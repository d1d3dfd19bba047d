import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.compact.contracts.EventType;

/**
 * Stage 3: event latency. While h2load posts signatories at 50 % of the measured write peak, probes
 * register one more signatory each and time from the POST returning to its fact being committed in
 * reporting-service's read model (the report's figures are folded from those facts at query time,
 * so a figure changes exactly when its fact commits). The read model is polled every 2 ms over JDBC.
 */
final class Latency {
  private Latency() {}

  static void run(Ctx ctx, Seed seed, Double measuredPeak) throws Exception {
    String body = "{\"name\":\"Bench Latency Organisation\",\"sector\":\"VCS\",\"kind\":\"charity\",\"area\":\"Bench\"}";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + ctx.admin());
    headers.put("Content-Type", "application/json");
    double peak;
    if (measuredPeak != null) {
      peak = measuredPeak;
    } else {
      Path lua = Tools.luaScript(ctx.work.resolve("lua"), "latency-peak", "POST", headers, body, List.of("/signatories"));
      peak = Tools.wrk(ctx, ctx.url("signatory", ""), lua, ctx.concurrency).rps();
      Ctx.log("latency: write peak of POST /signatories measured here: %s req/s", Tools.fmt(peak));
    }
    Duration duration = Duration.ofSeconds(ctx.quick ? 15 : 45);
    int probes = ctx.quick ? 40 : 200;
    String aggregateType = EventType.SIGNATORY_REGISTERED.aggregateType();
    List<String> urls = List.of(ctx.url("signatory", "/signatories"));
    CompletableFuture<Tools.Rate> background = CompletableFuture.supplyAsync(() -> {
      try {
        return Tools.h2load(ctx, urls, 0.5 * peak, ctx.concurrency, duration, "POST", body, headers);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, Tools.POOL);
    Thread.sleep(3000); // h2load's warm-up
    List<Long> micros = new ArrayList<>();
    int lost = 0;
    long interval = Math.max(50, (duration.toMillis() - 6000) / probes);
    try (Connection db = DriverManager.getConnection(ctx.jdbc("reporting"), "compact", "compact");
        PreparedStatement poll = db.prepareStatement("select 1 from report_fact where aggregate_type = ? and aggregate_id = ?")) {
      long stopBy = System.nanoTime() + duration.plusSeconds(60).toNanos();
      for (int i = 0; i < probes && (!background.isDone() || micros.size() < 10) && System.nanoTime() < stopBy; i++) {
        long next = System.nanoTime() + interval * 1_000_000L;
        HttpResponse<String> created = ctx.ok("POST", ctx.url("signatory", "/signatories"), ctx.admin(),
            body.replace("Bench Latency Organisation", "Bench Latency Probe " + i));
        long returned = System.nanoTime();
        String id = Seed.JSON.readTree(created.body()).path("id").asText();
        long seen = -1;
        long deadline = returned + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
          poll.setString(1, aggregateType);
          poll.setString(2, id);
          try (ResultSet rs = poll.executeQuery()) {
            if (rs.next()) {
              seen = System.nanoTime();
              break;
            }
          }
          Thread.sleep(2);
        }
        if (seen < 0) {
          lost++;
        } else {
          micros.add((seen - returned) / 1000);
        }
        long wait = next - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000L);
        }
      }
    }
    Tools.Rate load = background.join();
    micros.sort(null);
    double p50 = Tools.percentile(micros, 0.5) / 1000.0;
    double p99 = Tools.percentile(micros, 0.99) / 1000.0;
    String note = "%d probes (%d not seen in 60 s), background %s req/s offered / %s achieved (50%% of peak %s), p99 of the load %s ms"
        .formatted(micros.size(), lost, Tools.fmt(load.offered()), Tools.fmt(load.achieved()), Tools.fmt(peak), Tools.fmt(load.p99()));
    ctx.results.info("latency", "POST /signatories -> read model: p50", p50, "ms", note);
    ctx.results.under("latency", "POST /signatories -> read model: p99", p99, "ms", 500, "max " + Tools.fmt(micros.isEmpty() ? Double.NaN : micros.get(micros.size() - 1) / 1000.0) + " ms");
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("p50_ms", p50);
    d.put("p99_ms", p99);
    d.put("probes", micros.size());
    d.put("lost", lost);
    d.put("write_peak_rps", peak);
    d.put("background_offered_rps", load.offered());
    d.put("background_achieved_rps", load.achieved());
    d.put("background_errors", load.errors());
    ctx.results.detail("latency", d);
  }
}
