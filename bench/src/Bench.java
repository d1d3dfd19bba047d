import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark suite of issue 11, run by bench/run against a local stack it started: stages read,
 * write, latency, import, startup, replay (in that order; replay last because it leaves a million
 * facts in the read model). Prints one table, saves bench/results/<date>-<cores>c.json and rewrites
 * the latest table in bench/README.md.
 */
public final class Bench {
  static final List<String> STAGES = List.of("read", "write", "latency", "import", "startup", "replay");

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    boolean quick = false;
    boolean jfr = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--jfr" -> jfr = true;
        case "--reused-stack" -> opts.put("reused", "true");
        default -> opts.put(args[i], args[++i]);
      }
    }
    List<String> only = opts.containsKey("--only") ? Arrays.asList(opts.get("--only").split(",")) : STAGES;
    for (String s : only) {
      if (!STAGES.contains(s)) {
        throw new IllegalArgumentException("unknown stage " + s + "; stages: " + STAGES);
      }
    }
    Path root = Path.of(opts.get("--root"));
    Path work = Path.of(opts.get("--work"));
    Results results = new Results();
    Ctx ctx = new Ctx(root, work, quick, jfr, Long.parseLong(opts.get("--stack-pid")), results);
    String loadStart = Tools.loadAverage();
    Instant started = Instant.now();
    Ctx.log("stages %s%s; load average %s", only, quick ? " (quick)" : "", loadStart);

    RssSampler rss = new RssSampler(ctx);
    rss.start();
    Seed seed = null;
    ReadWrite readWrite = new ReadWrite(ctx);
    for (String stage : STAGES) {
      if (!only.contains(stage)) {
        continue;
      }
      long t0 = System.nanoTime();
      try {
        if (seed == null && !stage.equals("startup") && !stage.equals("replay")) {
          seed = Seed.create(ctx);
        }
        switch (stage) {
          case "read" -> readWrite.reads(seed);
          case "write" -> readWrite.writes(seed);
          case "latency" -> Latency.run(ctx, seed, readWrite.peaks.get("POST /signatories"));
          case "import" -> Import.run(ctx);
          case "startup" -> Startup.run(ctx, rss);
          case "replay" -> Replay.run(ctx);
          default -> throw new IllegalStateException(stage);
        }
      } catch (Exception e) {
        Ctx.log("stage %s failed: %s", stage, e);
        e.printStackTrace(System.out);
        results.errors.put(stage, e.toString());
      }
      Ctx.log("stage %s took %.0f s", stage, (System.nanoTime() - t0) / 1e9);
    }
    rss.stop();
    rss.report(results);

    String loadEnd = Tools.loadAverage();
    String table = results.table();
    int cores = Runtime.getRuntime().availableProcessors();
    String commit = git(root, "rev-parse", "--short", "HEAD");
    boolean dirty = !git(root, "status", "--porcelain", "--", ".", ":!bench").isBlank();
    String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
    String when = LocalDate.now(ZoneOffset.UTC).toString();
    System.out.println();
    System.out.println(table);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("date", started.toString());
    header.put("cores", cores);
    header.put("quick", quick);
    header.put("stages", only);
    header.put("reused_stack", opts.containsKey("reused"));
    header.put("git_commit", commit + (dirty ? "-dirty" : ""));
    header.put("jdk", jdk);
    header.put("service_java_opts", System.getenv().getOrDefault("BENCH_SERVICE_JAVA_OPTS", ""));
    header.put("load_average_start", loadStart);
    header.put("load_average_end", loadEnd);
    header.put("concurrency", ctx.concurrency);
    header.put("measure_seconds", ctx.measure().toSeconds());
    header.put("duration_seconds", Duration.between(started, Instant.now()).toSeconds());
    Path resultsDir = root.resolve("bench/results");
    String name = when + "-" + cores + "c" + (quick ? "-quick" : "") + (only.equals(STAGES) ? "" : "-" + String.join("+", only));
    Path json = resultsDir.resolve(name + ".json");
    results.writeJson(json, header);
    String block = "Run of " + started.toString().substring(0, 16).replace('T', ' ') + " UTC, "
        + (quick ? "**--quick** (short durations)" : "full durations") + ", stages " + String.join(", ", only)
        + ", " + cores + " cores, commit " + header.get("git_commit") + ", " + jdk
        + ", load average at start " + loadStart.split(" ")[0] + " / end " + loadEnd.split(" ")[0]
        + " (JSON: `bench/results/" + json.getFileName() + "`).\n\n" + table;
    // a run of every stage is "the latest run"; a run of some stages has a block of its own
    Results.rewriteReadme(root.resolve("bench/README.md"), block, only.equals(STAGES) ? "latest" : "partial-" + String.join("+", only));
    Ctx.log("saved %s and the table in bench/README.md", root.relativize(json));
    System.exit(results.errors.isEmpty() ? 0 : 1);
  }

  static String git(Path root, String... args) {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
    cmd.addAll(List.of(args));
    return Tools.run(cmd, Duration.ofSeconds(30)).stdout().strip();
  }

  /** Samples the RSS of every stack service twice a second: the maximum is the RSS under load. */
  static final class RssSampler {
    private final Ctx ctx;
    final Map<String, Double> idle = new ConcurrentHashMap<>();
    final Map<String, Double> max = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private Thread thread;

    RssSampler(Ctx ctx) {
      this.ctx = ctx;
    }

    void start() {
      for (String s : Ctx.SERVICES) {
        idle.put(s, Tools.rssMb(ctx.servicePid(s)));
      }
      thread = Thread.ofPlatform().daemon().start(() -> {
        while (running) {
          for (String s : Ctx.SERVICES) {
            double v = Tools.rssMb(ctx.servicePid(s));
            max.merge(s, v, Math::max);
          }
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    void report(Results results) {
      Map<String, Object> d = new LinkedHashMap<>();
      for (String s : Ctx.SERVICES) {
        d.put(s, Map.of("rss_mb_at_start", idle.get(s), "rss_mb_max_during_run", max.getOrDefault(s, -1.0)));
        results.under("startup", s + ": RSS max during this run (stack instance)", max.getOrDefault(s, Double.NaN), "MB", 300,
            "after start " + Tools.fmt(idle.get(s)) + " MB");
      }
      results.detail("stack services RSS", d);
    }
  }
}
