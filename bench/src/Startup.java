import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stage 6: per service, a fresh instance of its packaged jar (second instance next to the stack's,
 * same database and broker, own port) started alone: time from process start to /q/health/ready
 * answering 200, RSS once idle, and the largest RSS during a wrk run on one of its public reads.
 * The stack's own instances' RSS is sampled during the whole run as well (see Bench.RssSampler).
 */
final class Startup {
  private static final Map<String, String> LOAD_PATH = Map.of(
      "signatory", "/register?size=20",
      "actionplan", "/plans?size=20",
      "dispute", "/dispute-procedure",
      "consultation", "/calendar",
      "reporting", "/reports");

  private Startup() {}

  static void run(Ctx ctx, Bench.RssSampler stackRss) throws Exception {
    Map<String, Object> details = new LinkedHashMap<>();
    int port = 38090;
    for (String service : Ctx.SERVICES) {
      port++;
      try {
        Map<String, Object> d = measure(ctx, service, port, javaOptions(), true);
        // the proposed fix: the JDK's AOT cache (JEP 483/514), trained by one run with load
        Path cache = ctx.work.resolve("aot").resolve(service + ".aot");
        Files.createDirectories(cache.getParent());
        Files.deleteIfExists(cache);
        measure(ctx, service, port, with(PROPOSED, "-XX:AOTCacheOutput=" + cache), false);
        if (Files.exists(cache)) {
          Map<String, Object> aot = measure(ctx, service, port, with(PROPOSED, "-XX:AOTCache=" + cache), false);
          d.put("proposed", aot);
          ctx.results.under("startup", service + ": start to ready, proposed (AOT cache + options)", (double) aot.get("ready_seconds"), "s", 3,
              "Quarkus reports started in " + aot.get("quarkus_started_in") + " s");
          ctx.results.under("startup", service + ": RSS under load, proposed", (double) aot.get("rss_under_load_mb"), "MB", 300,
              "idle " + Tools.fmt((double) aot.get("rss_idle_mb")) + " MB; wrk " + Tools.fmt((double) aot.get("load_rps")) + " req/s; " + String.join(" ", PROPOSED));
        } else {
          d.put("with_aot_cache", "no cache written");
        }
        details.put(service, d);
      } catch (Exception e) {
        Ctx.log("startup %s failed: %s", service, e);
        ctx.results.errors.put("startup " + service, e.toString());
      }
    }
    ctx.results.detail("startup", details);
  }

  /** The JVM options proposed in the README's findings (measured here with an AOT cache). */
  static final List<String> PROPOSED =
      List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=160m", "-Xss512k");

  static List<String> with(List<String> options, String extra) {
    List<String> all = new ArrayList<>(options);
    all.add(extra);
    return all;
  }

  static List<String> javaOptions() {
    String opts = System.getenv().getOrDefault("BENCH_SERVICE_JAVA_OPTS", "-Xmx384m");
    return Arrays.stream(opts.trim().split("\\s+")).filter(o -> !o.startsWith("-XX:StartFlightRecording")).toList();
  }

  private static Map<String, Object> measure(Ctx ctx, String service, int port, List<String> options, boolean report)
      throws Exception {
    Path module = ctx.root.resolve(service + "-service");
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(options);
    cmd.addAll(List.of("-jar", module.resolve("target/quarkus-app/quarkus-run.jar").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(module.toFile());
    Map<String, String> env = pb.environment();
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", ctx.jdbc(service));
    env.put("QUARKUS_DATASOURCE_USERNAME", "compact");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "compact");
    env.put("KAFKA_BOOTSTRAP_SERVERS", ctx.kafka);
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", ctx.dataDir.resolve("keys/publicKey.pem").toString());
    env.put("MP_JWT_VERIFY_ISSUER", "https://compact.local/issuer");
    env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
    Path log = ctx.work.resolve("startup-" + service + (report ? "" : "-proposed") + ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    // a bench that is stopped (Ctrl-C, SIGTERM) takes its instance with it
    Thread hook = new Thread(p::destroy);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      String base = "http://localhost:" + port;
      double ready = awaitReady(ctx, base, p, Duration.ofSeconds(120));
      Thread.sleep(ctx.quick ? 2000 : 5000);
      double idle = Tools.rssMb(p.pid());
      AtomicBoolean sampling = new AtomicBoolean(true);
      CompletableFuture<Double> maxRss = CompletableFuture.supplyAsync(() -> {
        double max = 0;
        while (sampling.get()) {
          max = Math.max(max, Tools.rssMb(p.pid()));
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            break;
          }
        }
        return max;
      }, Tools.POOL);
      Tools.Peak load = Tools.wrkOnce(base + LOAD_PATH.get(service), null, ctx.concurrency, ctx.measure());
      sampling.set(false);
      double underLoad = maxRss.join();
      String quarkusSays = quarkusStartedIn(log);
      if (report) {
      ctx.results.under("startup", service + ": process start to ready", ready, "s", 3,
          "Quarkus reports started in " + quarkusSays + " s; " + String.join(" ", options));
      ctx.results.under("startup", service + ": RSS idle", idle, "MB", 300, "");
      ctx.results.under("startup", service + ": RSS under load", underLoad, "MB", 300,
          "wrk GET %s: %s req/s, %d errors".formatted(LOAD_PATH.get(service), Tools.fmt(load.rps()), load.errors()));
      }
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("ready_seconds", ready);
      d.put("quarkus_started_in", quarkusSays);
      d.put("rss_idle_mb", idle);
      d.put("rss_under_load_mb", underLoad);
      d.put("load_path", LOAD_PATH.get(service));
      d.put("load_rps", load.rps());
      d.put("load_errors", load.errors());
      return d;
    } finally {
      Runtime.getRuntime().removeShutdownHook(hook);
      p.destroy();
      if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  /** Seconds from process start until /q/health/ready answers 200 (polled every 20 ms). */
  static double awaitReady(Ctx ctx, String base, Process p, Duration timeout) throws Exception {
    long t0 = p.info().startInstant().map(i -> i.toEpochMilli() * 1_000_000L).orElse(0L);
    long startNanos = System.nanoTime();
    long startWall = System.currentTimeMillis();
    HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() - startNanos < timeout.toNanos()) {
      if (!p.isAlive()) {
        throw new IllegalStateException("the instance exited with " + p.exitValue());
      }
      try {
        HttpResponse<Void> r = ctx.http.send(probe, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          long processStart = p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(startWall);
          return (System.currentTimeMillis() - Math.min(processStart, startWall)) / 1000.0;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("not ready within " + timeout);
  }

  private static String quarkusStartedIn(Path log) {
    try {
      var m = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
      return m.find() ? m.group(1) : "?";
    } catch (IOException e) {
      return "?";
    }
  }
}
