import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What every stage needs: the running stack, durations, tokens, HTTP and the results. */
final class Ctx {
  static final List<String> SERVICES =
      List.of("signatory", "actionplan", "dispute", "consultation", "reporting");

  final Path root;
  final Path work;
  final Path dataDir;
  final boolean quick;
  final boolean jfr;
  final long stackPid;
  final int pgPort;
  final String kafka;
  final Map<String, Integer> ports = new LinkedHashMap<>();
  final Results results;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  /** Concurrency of every read/write measurement (HTTP connections = pgbench clients). */
  final int concurrency = 8;

  Ctx(Path root, Path work, boolean quick, boolean jfr, long stackPid, Results results) {
    this.root = root;
    this.work = work;
    this.quick = quick;
    this.jfr = jfr;
    this.stackPid = stackPid;
    this.results = results;
    this.dataDir = Path.of(System.getenv().getOrDefault("COMPACT_DATA_DIR", ".data"));
    this.pgPort = Integer.parseInt(System.getenv().getOrDefault("COMPACT_PG_PORT", "35432"));
    this.kafka = "localhost:" + System.getenv().getOrDefault("COMPACT_KAFKA_PORT", "39092");
    for (String s : SERVICES) {
      ports.put(
          s,
          Integer.parseInt(
              System.getenv().getOrDefault("COMPACT_" + s.toUpperCase() + "_PORT", "0")));
    }
  }

  /** Measurement window of one load run. */
  Duration measure() {
    return Duration.ofSeconds(quick ? 5 : 20);
  }

  /** Warm-up before a measurement (JIT, pools). */
  Duration warmup() {
    return Duration.ofSeconds(quick ? 3 : 10);
  }

  String url(String service, String path) {
    return "http://localhost:" + ports.get(service) + path;
  }

  String jdbc(String database) {
    return "jdbc:postgresql://localhost:" + pgPort + "/" + database;
  }

  /** A dev token from bin/token (signed with the stack's key in its data folder). */
  String token(String role, String org) {
    return tokens.computeIfAbsent(
        role + "/" + org,
        k -> {
          List<String> cmd =
              org == null
                  ? List.of(root.resolve("bin/token").toString(), role)
                  : List.of(root.resolve("bin/token").toString(), role, org);
          return Tools.run(cmd, Duration.ofSeconds(120)).stdout().strip();
        });
  }

  String admin() {
    return token("compact-admin", null);
  }

  /** The pid of a stack service (from the launcher's pid file). */
  long servicePid(String service) {
    try {
      return Long.parseLong(
          Files.readAllLines(dataDir.resolve("run/" + service + ".pid")).get(0).strip());
    } catch (IOException e) {
      throw new IllegalStateException("no pid file for " + service, e);
    }
  }

  long postmasterPid() {
    try {
      return Long.parseLong(
          Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
    } catch (IOException e) {
      throw new IllegalStateException("no postmaster.pid", e);
    }
  }

  Path postgresLog() {
    return dataDir.resolve("logs/postgres.log");
  }

  HttpResponse<String> send(String method, String url, String token, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      if (headers.length == 0 || !List.of(headers).contains("Content-Type")) {
        b.header("Content-Type", "application/json");
      }
      b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends and insists on a 2xx. */
  HttpResponse<String> ok(String method, String url, String token, String body, String... headers)
      throws IOException, InterruptedException {
    HttpResponse<String> r = send(method, url, token, body, headers);
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          method + " " + url + " -> " + r.statusCode() + ": " + abbreviate(r.body()));
    }
    return r;
  }

  static String abbreviate(String s) {
    String line = s == null ? "" : s.replace('\n', ' ').replace('|', '/');
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  static void log(String format, Object... args) {
    System.out.printf("[bench] " + format + "%n", args);
    System.out.flush();
  }
}
