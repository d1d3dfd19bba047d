import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stages 1 (read path) and 2 (write path with the outbox): per endpoint, the ceiling of this machine
 * = 1/(1/R_http + 1/R_db), where R_http is wrk's peak on a trivial endpoint of the same service and
 * R_db is pgbench's tps on a script of the SQL the endpoint runs (captured from PostgreSQL's log);
 * then the endpoint's own wrk peak against it, and h2load's p99 at a fixed 70 % of that peak.
 */
final class ReadWrite {
  static final String TRIVIAL = "/q/health/live";

  /** One endpoint to measure. */
  record Endpoint(String name, String service, String database, String method, List<String> paths, String body,
      boolean auth, String anchor, String spreadId, List<String> spreadIds) {}

  private final Ctx ctx;
  private final Map<String, Double> rHttp = new HashMap<>();
  /** Peaks measured here, for the latency stage. */
  final Map<String, Double> peaks = new LinkedHashMap<>();

  ReadWrite(Ctx ctx) {
    this.ctx = ctx;
  }

  void reads(Seed seed) throws Exception {
    List<Endpoint> endpoints = List.of(
        new Endpoint("GET /signatories/{id}", "signatory", "signatory", "GET",
            seed.signedIds.stream().limit(50).map(id -> "/signatories/" + id).toList(), null, false, "organisation", null, null),
        new Endpoint("GET /register (page + total)", "signatory", "signatory", "GET",
            List.of("/register?page=0&size=20"), null, false, "organisation", null, null),
        new Endpoint("GET /calendar?month", "consultation", "consultation", "GET",
            List.of("/calendar?month=" + seed.month), null, false, "consultation", null, null),
        new Endpoint("GET /reports/{year} (JSON)", "reporting", "reporting", "GET",
            List.of("/reports/" + seed.reportYear), null, true, " dl=", null, null));
    for (Endpoint e : endpoints) {
      guarded("read", e.name(), () -> measure("read", e, 0.75, 20));
    }
  }

  void writes(Seed seed) throws Exception {
    List<Endpoint> endpoints = List.of(
        new Endpoint("POST /signatories", "signatory", "signatory", "POST", List.of("/signatories"),
            "{\"name\":\"Bench Write Organisation\",\"sector\":\"VCS\",\"kind\":\"charity\",\"area\":\"Bench\"}",
            true, "insert into organisation", null, null),
        new Endpoint("POST /actions/{id}/progress", "actionplan", "actionplan", "POST",
            seed.actionIds.stream().map(id -> "/actions/" + id + "/progress").toList(),
            "{\"note\":\"Bench progress note\"}", true, "insert into action_progress",
            seed.actionIds.get(0), seed.actionIds));
    for (Endpoint e : endpoints) {
      guarded("write", e.name(), () -> measure("write", e, 0.6, 50));
    }
  }

  interface Body {
    void run() throws Exception;
  }

  private void guarded(String stage, String name, Body body) {
    try {
      body.run();
    } catch (Exception e) {
      Ctx.log("%s %s failed: %s", stage, name, e);
      ctx.results.errors.put(stage + " " + name, e.toString());
    }
  }

  private void measure(String stage, Endpoint e, double minRatio, double p99Limit) throws Exception {
    Ctx.log("%s: %s", stage, e.name());
    Map<String, String> headers = new LinkedHashMap<>();
    if (e.auth()) {
      headers.put("Authorization", "Bearer " + ctx.admin());
    }
    if (e.body() != null) {
      headers.put("Content-Type", "application/json");
    }
    String firstUrl = ctx.url(e.service(), e.paths().get(0));
    // 1. the SQL the endpoint runs, as pgbench scripts
    SqlCapture.Captured sql = SqlCapture.capture(ctx, e.database(), e.anchor(), () -> {
      var r = ctx.send(e.method(), firstUrl, e.auth() ? ctx.admin() : null, e.body());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(e.name() + " -> " + r.statusCode() + " " + Ctx.abbreviate(r.body()));
      }
    });
    if (sql.statements().isEmpty()) {
      Files.writeString(ctx.work.resolve("sql-capture-" + slug(e.name()) + ".log"), sql.raw());
      throw new IllegalStateException("no SQL captured for " + e.name());
    }
    String script = e.method().equals("GET") ? SqlCapture.readScript(sql.statements()) : SqlCapture.writeScript(sql.statements());
    if (e.spreadId() != null) {
      script = spread(e, script);
    }
    Path scriptFile = ctx.work.resolve("sql").resolve(slug(e.name()) + ".sql");
    Files.createDirectories(scriptFile.getParent());
    Files.writeString(scriptFile, script);
    // 2. R_http of a trivial endpoint of the same service, R_db of the script
    double http = rHttp.computeIfAbsent(e.service(), s -> Tools.wrk(ctx, ctx.url(s, TRIVIAL), null, ctx.concurrency).rps());
    double db = Tools.pgbench(ctx, e.database(), scriptFile, ctx.concurrency, ctx.measure());
    double ceiling = 1 / (1 / http + 1 / db);
    // 3. the endpoint's own peak (closed loop, same concurrency)
    Path lua = Tools.luaScript(ctx.work.resolve("lua"), slug(e.name()), e.method(), headers, e.body(), e.paths());
    Tools.wrkOnce(ctx.url(e.service(), ""), lua, ctx.concurrency, ctx.warmup());
    long serviceBefore = Tools.processJiffies(ctx.servicePid(e.service()));
    long pgBefore = postgresJiffies();
    Tools.Peak peak = Tools.wrkOnce(ctx.url(e.service(), ""), lua, ctx.concurrency, ctx.measure());
    double serviceMs = (Tools.processJiffies(ctx.servicePid(e.service())) - serviceBefore) * 1000.0 / Tools.CLK_TCK / Math.max(1, peak.requests());
    double pgMs = (postgresJiffies() - pgBefore) * 1000.0 / Tools.CLK_TCK / Math.max(1, peak.requests());
    peaks.put(e.name(), peak.rps());
    // 4. latency at 70 % of that peak (fixed rate)
    List<String> urls = new ArrayList<>();
    e.paths().forEach(p -> urls.add(ctx.url(e.service(), p)));
    // at low rates (a loaded machine) a short window holds too few requests for a p99
    Duration window = Duration.ofSeconds(Math.min(120, Math.max(ctx.measure().toSeconds(), (long) Math.ceil(100 / Math.max(0.1, 0.7 * peak.rps())))));
    Tools.Rate rate = Tools.h2load(ctx, urls, 0.7 * peak.rps(), ctx.concurrency, window, e.method(), e.body(), headers);
    String where = stage.equals("read") ? "read" : "write";
    ctx.results.vsReference(where, e.name() + ": peak vs ceiling", peak.rps(), "req/s", ceiling, "ceiling", minRatio,
        "R_http %s, R_db %s tps (%d stmts); CPU/req: service %s ms, PostgreSQL %s ms; %d errors; gen CPU %.0f%%".formatted(
            Tools.fmt(http), Tools.fmt(db), sql.statements().size(), Tools.fmt(serviceMs), Tools.fmt(pgMs), peak.errors(),
            100 * peak.run().generatorShare()));
    ctx.results.under(where, e.name() + ": p99 at 70% of peak", rate.p99(), "ms", p99Limit,
        "at %s req/s offered, %s achieved, p50 %s ms, %d errors".formatted(Tools.fmt(rate.offered()),
            Tools.fmt(rate.achieved()), Tools.fmt(rate.p50()), rate.errors()));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("r_http", http);
    d.put("r_http_endpoint", TRIVIAL);
    d.put("r_db_tps", db);
    d.put("ceiling", ceiling);
    d.put("peak_rps", peak.rps());
    d.put("peak_p50_ms", peak.p50());
    d.put("peak_p99_ms", peak.p99());
    d.put("peak_errors", peak.errors());
    d.put("service_cpu_ms_per_request", serviceMs);
    d.put("postgres_cpu_ms_per_request", pgMs);
    d.put("peak_generator_cpu_share", peak.run().generatorShare());
    d.put("rate_offered", rate.offered());
    d.put("rate_achieved", rate.achieved());
    d.put("rate_p50_ms", rate.p50());
    d.put("rate_p99_ms", rate.p99());
    d.put("rate_errors", rate.errors());
    d.put("rate_generator_cpu_share", rate.run().generatorShare());
    d.put("concurrency", ctx.concurrency);
    d.put("sql", sql.statements());
    d.put("pgbench_script", script);
    ctx.results.detail(stage + ": " + e.name(), d);
  }

  /**
   * Progress goes to a random action per request; the pgbench script does the same: it picks a
   * random action id from a helper table (one extra indexed SELECT per transaction).
   */
  private String spread(Endpoint e, String script) {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < e.spreadIds().size(); i++) {
      values.append(i == 0 ? "" : ",").append("(").append(i + 1).append(",'").append(e.spreadIds().get(i)).append("')");
    }
    Tools.psql(ctx, e.database(), "create table if not exists bench_pick (n int primary key, id uuid not null)");
    Tools.psql(ctx, e.database(), "truncate bench_pick");
    Tools.psql(ctx, e.database(), "insert into bench_pick values " + values);
    Tools.psql(ctx, e.database(), "grant select on bench_pick to compact");
    String pick = "\\set n random(1, " + e.spreadIds().size() + ")\n"
        + "select id as pick from bench_pick where n = :n \\gset\n";
    StringBuilder out = new StringBuilder(pick);
    for (String line : script.split("\n")) {
      if (line.toLowerCase().startsWith("update ") && line.contains("'" + e.spreadId() + "'")) {
        line = selfAssignUnchanged(line);
      }
      out.append(line.replace("'" + e.spreadId() + "'", "cast(:pick as uuid)")).append('\n');
    }
    return out.toString();
  }

  /** Columns a progress post changes on its action; the others keep the picked row's values. */
  private static final java.util.Set<String> CHANGED =
      java.util.Set.of("updated_at", "last_progress_on", "status", "completed_on");

  /**
   * Hibernate updates every column with the captured row's values; on another row that would copy
   * its position (a unique key). Unchanged columns become col=col (PostgreSQL writes a whole new
   * row version either way, so the cost is the same) and version counts up.
   */
  static String selfAssignUnchanged(String update) {
    int set = update.toLowerCase().indexOf(" set ");
    int where = update.toLowerCase().lastIndexOf(" where ");
    if (set < 0 || where < set) {
      return update;
    }
    List<String> assignments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : update.substring(set + 5, where).toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        assignments.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    assignments.add(current.toString());
    List<String> rewritten = new ArrayList<>();
    for (String a : assignments) {
      String column = a.substring(0, a.indexOf('=')).strip();
      if (column.equals("version")) {
        rewritten.add("version=version+1");
      } else if (CHANGED.contains(column)) {
        rewritten.add(a.strip());
      } else {
        rewritten.add(column + "=" + column);
      }
    }
    return update.substring(0, set + 5) + String.join(",", rewritten) + update.substring(where);
  }

  /** CPU of PostgreSQL: the postmaster (with its reaped backends) and every live backend. */
  private long postgresJiffies() {
    long postmaster = ctx.postmasterPid();
    long sum = Tools.processJiffies(postmaster);
    for (ProcessHandle child : ProcessHandle.of(postmaster).map(h -> h.children().toList()).orElse(List.of())) {
      sum += Tools.processJiffies(child.pid());
    }
    return sum;
  }

  static String slug(String name) {
    return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static Duration minutes(int n) {
    return Duration.ofMinutes(n);
  }
}
