import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stage 5: a generated 10,000-action plan as CSV and as XLSX through POST /plans/import, dry run
 * and save: rows/s and the peak used heap of actionplan-service during the request (its
 * jvm_memory_used_bytes, area heap, sampled every 50 ms from /q/metrics).
 */
final class Import {
  static final int ACTIONS = 10_000;

  private Import() {}

  static void run(Ctx ctx) throws Exception {
    byte[] csv = PlanTable.csv(ACTIONS);
    byte[] xlsx = PlanTable.xlsx(ACTIONS);
    Ctx.log("import: CSV %d KB, XLSX %d KB, %d actions", csv.length / 1024, xlsx.length / 1024, ACTIONS);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("actions", ACTIONS);
    details.put("csv_bytes", csv.length);
    details.put("xlsx_bytes", xlsx.length);
    String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    for (String format : new String[] {"csv", "xlsx"}) {
      for (boolean dryRun : new boolean[] {true, false}) {
        byte[] body = format.equals("csv") ? csv : xlsx;
        String type = format.equals("csv") ? "text/csv" : xlsxType;
        once(ctx, format, dryRun, body, type, details);
      }
    }
    ctx.results.detail("import", details);
  }

  private static void once(Ctx ctx, String format, boolean dryRun, byte[] body, String type, Map<String, Object> details)
      throws Exception {
    String url = ctx.url("actionplan", "/plans/import?format=" + format + "&dryRun=" + dryRun
        + "&title=Bench%20import%20" + format + "&period=2026-27&adoptedOn=2026-04-01");
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + ctx.admin()).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    AtomicBoolean sampling = new AtomicBoolean(true);
    AtomicLong peak = new AtomicLong();
    long before = heapUsed(ctx);
    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
      while (sampling.get()) {
        peak.accumulateAndGet(heapUsed(ctx), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long t0 = System.nanoTime();
    HttpResponse<String> response = ctx.http.send(request, HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampling.set(false);
    sampler.join();
    int expected = dryRun ? 200 : 201;
    String name = format.toUpperCase() + (dryRun ? " dry run" : " save");
    if (response.statusCode() != expected) {
      String error = "HTTP " + response.statusCode() + " after " + Tools.fmt(seconds) + " s: " + Ctx.abbreviate(response.body());
      Ctx.log("import %s failed: %s", name, error);
      ctx.results.errors.put("import " + name, error);
      details.put(name, Map.of("seconds", seconds, "status", response.statusCode(), "peak_heap_mb", peak.get() / 1024.0 / 1024.0));
      return;
    }
    int actions = Seed.JSON.readTree(response.body()).path("counts").path("actions").asInt(-1);
    double rowsPerSecond = ACTIONS / seconds;
    double peakMb = peak.get() / 1024.0 / 1024.0;
    ctx.results.info("import", name + " of " + ACTIONS + " actions", rowsPerSecond, "rows/s",
        "%.2f s, %d actions parsed, %d KB response".formatted(seconds, actions, response.body().length() / 1024));
    ctx.results.info("import", name + ": peak used heap", peakMb, "MB",
        "heap before %s MB (sampled every 50 ms)".formatted(Tools.fmt(before / 1024.0 / 1024.0)));
    details.put(name, Map.of("seconds", seconds, "rows_per_second", rowsPerSecond, "peak_heap_mb", peakMb,
        "heap_before_mb", before / 1024.0 / 1024.0, "actions_in_response", actions, "response_bytes", response.body().length()));
  }

  /** Sum of jvm_memory_used_bytes{area="heap"} from the service's Prometheus metrics. */
  static long heapUsed(Ctx ctx) {
    try {
      String metrics = ctx.send("GET", ctx.url("actionplan", "/q/metrics"), null, null).body();
      long sum = 0;
      for (String line : metrics.split("\n")) {
        if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
          sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return sum;
    } catch (Exception e) {
      return 0;
    }
  }
}
