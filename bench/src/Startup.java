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
 * Three configurations per service, one after the other in the same run so that before and after
 * face the same machine load: main's former launcher default (-Xmx384m: G1, no AOT cache), the
 * stack's JVM options without AOT cache, and the stack's JVM options with the AOT cache the
 * launcher trained for the stack (bench/.data/aot; trained here with load when the stack has none).
 * The stack's own instances' RSS is sampled during the whole run as well (see Bench.RssSampler).
 */
final class Startup {
  private static final Map<String, String> LOAD_PATH = Map.of(
      "signatory", "/register?size=20",
      "actionplan", "/plans?size=20",
      "dispute", "/dispute-procedure",
      "consultation", "/calendar",
      "reporting", "/reports");

  /** The launcher's default before findings 4 and 5: the "before" figures. */
  static final List<String> MAIN_DEFAULTS = List.of("-Xmx384m");

  private Startup() {}

  static void run(Ctx ctx, Bench.RssSampler stackRss) throws Exception {
    Map<String, Object> details = new LinkedHashMap<>();
    List<String> stack = javaOptions();
    boolean aotOn = !System.getenv().getOrDefault("BENCH_AOT_CACHE", "on").equalsIgnoreCase("off");
    for (String service : Ctx.SERVICES) {
      try {
        Map<String, Object> d = new LinkedHashMap<>();
        Map<String, Object> before = measure(ctx, service, MAIN_DEFAULTS, "main-defaults");
        d.put("main_defaults", before);
        Map<String, Object> noAot = measure(ctx, service, stack, "no-aot");
        d.put("without_aot_cache", noAot);
        Map<String, Object> aot = null;
        if (aotOn) {
          Path cache = stackCache(ctx, service);
          String source = "the stack's cache, trained by the launcher";
          if (cache == null) {
            cache = train(ctx, service, stack);
            source = "trained by this stage (the stack has none)";
          }
          if (cache != null) {
            aot = measure(ctx, service, with(stack, "-XX:AOTCache=" + cache), "aot");
            aot.put("cache", cache.toString());
            aot.put("cache_source", source);
            d.put("with_aot_cache", aot);
          } else {
            d.put("with_aot_cache", "no cache written");
          }
        }
        report(ctx, service, "main's defaults", before, MAIN_DEFAULTS);
        report(ctx, service, "no AOT cache", noAot, stack);
        if (aot != null) {
          report(ctx, service, "AOT cache", aot, stack);
        }
        details.put(service, d);
      } catch (Exception e) {
        Ctx.log("startup %s failed: %s", service, e);
        ctx.results.errors.put("startup " + service, e.toString());
      }
    }
    ctx.results.detail("startup", details);
  }

  private static void report(Ctx ctx, String service, String config, Map<String, Object> d, List<String> options) {
    String cache = d.containsKey("cache_source") ? d.get("cache_source") + "; " : "";
    String rejected = Boolean.TRUE.equals(d.get("aot_cache_rejected")) ? "THE JVM COULD NOT USE THE CACHE; " : "";
    ctx.results.under("startup", service + ": start to ready, " + config, (double) d.get("ready_seconds"), "s", 3,
        rejected + cache + "Quarkus reports started in " + d.get("quarkus_started_in") + " s; " + String.join(" ", options));
    ctx.results.under("startup", service + ": RSS under load, " + config, (double) d.get("rss_under_load_mb"), "MB", 300,
        "idle %s MB; wrk GET %s: %s req/s, %s errors".formatted(Tools.fmt((double) d.get("rss_idle_mb")),
            d.get("load_path"), Tools.fmt((double) d.get("load_rps")), d.get("load_errors")));
  }

  /** The cache the launcher trained for the stack's instance of this service, if it has one. */
  static Path stackCache(Ctx ctx, String service) {
    Path cache = ctx.dataDir.resolve("aot").resolve(service + ".aot");
    Path key = cache.resolveSibling(service + ".aot.key");
    try {
      return Files.isRegularFile(cache) && Files.readString(key).startsWith("status: ok") ? cache : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** A training run of this stage's own (with load), for a stack that has no cache. */
  private static Path train(Ctx ctx, String service, List<String> options) throws Exception {
    Path cache = ctx.work.resolve("aot").resolve(service + ".aot");
    Files.createDirectories(cache.getParent());
    Files.deleteIfExists(cache);
    // like the launcher (AotTraining): JDK 25 cannot write a cache larger than the compressed class
    // space, which -XX:MaxMetaspaceSize=160m shrinks to 128 MB; the running instance keeps the cap
    List<String> training = options.stream().filter(o -> !o.startsWith("-XX:MaxMetaspaceSize=")).toList();
    measure(ctx, service, with(training, "-XX:AOTCacheOutput=" + cache), "training");
    return Files.exists(cache) ? cache : null;
  }

  static List<String> with(List<String> options, String extra) {
    List<String> all = new ArrayList<>(options);
    all.add(extra);
    return all;
  }

  /** The stack's service JVM options (bench/run: COMPACT_SERVICE_JAVA_OPTS or the launcher's default), without JFR. */
  static List<String> javaOptions() {
    String opts = System.getenv().getOrDefault("BENCH_SERVICE_JAVA_OPTS", "");
    return Arrays.stream(opts.trim().split("\\s+"))
        .filter(o -> !o.isEmpty() && !o.startsWith("-XX:StartFlightRecording"))
        .toList();
  }

  private static Map<String, Object> measure(Ctx ctx, String service, List<String> options, String label)
      throws Exception {
    // a port the kernel picks: fixed ones (38091...) lie in the ephemeral range, where an outgoing
    // connection of the loaded machine may hold them ("Port 38092 seems to be in use")
    int port = freePort();
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
    Path log = ctx.work.resolve("startup-" + service + "-" + label + ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    // a bench that is stopped (Ctrl-C, SIGTERM) takes its instance with it
    Thread hook = new Thread(p::destroy);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      String base = "http://localhost:" + port;
      double ready = awaitReady(ctx, base, p, Duration.ofSeconds(240));
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
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("ready_seconds", ready);
      d.put("quarkus_started_in", quarkusSays);
      d.put("rss_idle_mb", idle);
      d.put("rss_under_load_mb", underLoad);
      d.put("load_path", LOAD_PATH.get(service));
      d.put("load_rps", load.rps());
      d.put("load_errors", load.errors());
      d.put("aot_cache_rejected", aotCacheRejected(log));
      d.put("java_options", String.join(" ", options));
      return d;
    } finally {
      Runtime.getRuntime().removeShutdownHook(hook);
      p.destroy();
      // a training run assembles its AOT cache at exit, in a child JVM: minutes on a loaded machine
      if (!p.waitFor(label.equals("training") ? 600 : 120, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
      socket.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
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

  /** The JVM's own words when it cannot map a cache (-XX:AOTMode=auto then starts without it). */
  private static boolean aotCacheRejected(Path log) {
    try {
      String text = Files.readString(log);
      return text.contains("[aot] An error has occurred while processing the AOT cache")
          || text.contains("[aot] Unable to map shared spaces");
    } catch (IOException e) {
      return false;
    }
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
