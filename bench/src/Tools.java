import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external load generators (wrk, h2load, pgbench) and process helpers. Each run also measures
 * how much CPU the generator itself took, against the whole machine's busy CPU in the same window,
 * so the README can state how the generator shares the 2 cores.
 */
final class Tools {
  private Tools() {}

  static final int CLK_TCK = 100;

  /**
   * For every asynchronous task: the common pool has one thread on 2 cores, so a long task there
   * would starve the output readers of a process.
   */
  static final java.util.concurrent.ExecutorService POOL =
      java.util.concurrent.Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().unstarted(r));

  /** A finished command: its output, wall time, CPU of the process and of the whole machine. */
  record Run(
      String stdout, String stderr, int exit, double wallSeconds, double cpuSeconds, double machineBusySeconds) {
    double generatorShare() {
      return machineBusySeconds <= 0 ? 0 : cpuSeconds / machineBusySeconds;
    }
  }

  static Run run(List<String> command, Duration timeout) {
    return run(command, timeout, Map.of());
  }

  static Run run(List<String> command, Duration timeout, Map<String, String> env) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.environment().putAll(env);
      long[] machineBefore = machineJiffies();
      long start = System.nanoTime();
      Process p = pb.start();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()), POOL);
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()), POOL);
      long cpu = 0;
      long deadline = start + timeout.toNanos();
      while (p.isAlive()) {
        cpu = Math.max(cpu, processJiffies(p.pid()));
        if (System.nanoTime() > deadline) {
          p.destroy();
          break;
        }
        Thread.sleep(100);
      }
      p.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      long[] machineAfter = machineJiffies();
      double busy = (double) ((machineAfter[0] - machineBefore[0])) / CLK_TCK;
      String stdout = out.join();
      String stderr = err.join();
      if (p.exitValue() != 0) {
        Ctx.log("command exited %d: %s%n%s", p.exitValue(), String.join(" ", command), Ctx.abbreviate(stderr + stdout));
      }
      return new Run(stdout, stderr, p.exitValue(), wall, (double) cpu / CLK_TCK, busy);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** utime + stime (+ waited-for children) of a process, in clock ticks; 0 when gone. */
  static long processJiffies(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the name: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
      return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** {busy, total} jiffies of the whole machine (all cores) from /proc/stat. */
  static long[] machineJiffies() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      long[] v = Arrays.stream(line.substring(5).trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
      long total = 0;
      for (int i = 0; i < Math.min(v.length, 8); i++) {
        total += v[i];
      }
      long idle = v[3] + v[4];
      return new long[] {total - idle, total};
    } catch (IOException e) {
      return new long[] {0, 0};
    }
  }

  /** Resident set size of a process in MB (VmRSS), or -1. */
  static double rssMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone
    }
    return -1;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "";
    }
  }

  // --- wrk: closed-loop peak -------------------------------------------------------------------

  /** What wrk measured: requests/s, latency percentiles (ms), non-2xx/3xx and socket errors. */
  record Peak(double rps, double p50, double p99, long requests, long errors, Run run) {}

  /** Runs wrk with a Lua script (may be null) against url: warm-up run, then the measured run. */
  static Peak wrk(Ctx ctx, String url, Path lua, int connections) {
    wrkOnce(url, lua, connections, ctx.warmup());
    return wrkOnce(url, lua, connections, ctx.measure());
  }

  static Peak wrkOnce(String url, Path lua, int connections, Duration duration) {
    List<String> cmd = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + duration.toSeconds() + "s", "--latency", "--timeout", "10s"));
    if (lua != null) {
      cmd.addAll(List.of("-s", lua.toString()));
    }
    cmd.add(url);
    Run r = run(cmd, duration.plusSeconds(30));
    String out = r.stdout();
    double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
    long requests = (long) number(out, "([0-9]+) requests in");
    long errors = (long) number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)");
    Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
    if (socket.find()) {
      for (int i = 1; i <= 4; i++) {
        errors += Long.parseLong(socket.group(i));
      }
    }
    return new Peak(rps, millis(out, "50%"), millis(out, "99%"), requests, errors, r);
  }

  private static double millis(String wrkOut, String percentile) {
    Matcher m = Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)\\b").matcher(wrkOut);
    if (!m.find()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }

  static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** A wrk Lua script: method, headers, body, and a random path from a list (or the URL's). */
  static Path luaScript(Path dir, String name, String method, Map<String, String> headers, String body, List<String> paths)
      throws IOException {
    StringBuilder lua = new StringBuilder();
    lua.append("wrk.method = \"").append(method).append("\"\n");
    headers.forEach((k, v) -> lua.append("wrk.headers[\"").append(k).append("\"] = \"").append(v).append("\"\n"));
    if (body != null) {
      lua.append("wrk.body = [==[").append(body).append("]==]\n");
    }
    if (paths != null && !paths.isEmpty()) {
      lua.append("paths = {\n");
      for (String p : paths) {
        lua.append("  \"").append(p).append("\",\n");
      }
      lua.append("}\n");
      lua.append("math.randomseed(os.time())\n");
      lua.append("request = function() return wrk.format(nil, paths[math.random(#paths)]) end\n");
    }
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".lua");
    Files.writeString(file, lua);
    return file;
  }

  // --- h2load: fixed rate ----------------------------------------------------------------------

  /** What a fixed-rate run achieved: offered and achieved rate, latency percentiles (ms), errors. */
  record Rate(double offered, double achieved, double p50, double p99, long requests, long errors, Run run) {}

  /**
   * h2load over HTTP/1.1 at a fixed rate. With several URLs every client is its own h2load process
   * with its own shuffled URL order (one h2load walks the same list in the same order on every
   * client, which would make them collide on one resource). Latencies come from the per-request
   * logs.
   */
  static Rate h2load(
      Ctx ctx, List<String> urls, double totalRps, int clients, Duration duration, String method, String body,
      Map<String, String> headers) throws IOException {
    Path dir = ctx.work.resolve("h2load");
    Files.createDirectories(dir);
    int processes = urls.size() > 1 ? clients : 1;
    int perProcessClients = clients / processes;
    // h2load's --rps is per client and takes fractions
    double perClient = Math.max(0.05, totalRps / clients);
    List<CompletableFuture<Run>> runs = new ArrayList<>();
    // written once: every h2load process maps it
    Path data = dir.resolve("body");
    if (body != null) {
      Files.writeString(data, body);
    }
    List<Path> logs = new ArrayList<>();
    for (int k = 0; k < processes; k++) {
      List<String> order = new ArrayList<>(urls);
      java.util.Collections.shuffle(order, new java.util.Random(k));
      Path uris = dir.resolve("uris-" + k + ".txt");
      Files.write(uris, order);
      Path log = dir.resolve("requests-" + k + ".tsv");
      Files.deleteIfExists(log);
      logs.add(log);
      List<String> cmd = new ArrayList<>(List.of("h2load", "--h1", "-c", Integer.toString(perProcessClients), "-m", "1",
          "--rps", String.format(Locale.ROOT, "%.3f", perClient), "-D", Long.toString(duration.toSeconds()),
          "--warm-up-time", "2", "-i", uris.toString(), "--log-file", log.toString()));
      headers.forEach((h, v) -> cmd.addAll(List.of("-H", h + ": " + v)));
      if (body != null) {
        cmd.addAll(List.of("-d", data.toString()));
      }
      runs.add(CompletableFuture.supplyAsync(() -> run(cmd, duration.plusSeconds(40)), POOL));
    }
    List<Run> done = runs.stream().map(CompletableFuture::join).toList();
    List<Long> latencies = new ArrayList<>();
    long errors = 0;
    long first = Long.MAX_VALUE;
    long last = 0;
    for (Path log : logs) {
      if (!Files.exists(log)) {
        continue;
      }
      for (String line : Files.readAllLines(log)) {
        String[] f = line.split("\t");
        if (f.length < 3) {
          continue;
        }
        long startUs = Long.parseLong(f[0]);
        int status = Integer.parseInt(f[1]);
        long us = Long.parseLong(f[2]);
        if (status / 100 != 2) {
          errors++;
        }
        latencies.add(us);
        first = Math.min(first, startUs);
        last = Math.max(last, startUs + us);
      }
    }
    double cpu = 0;
    double busy = 0;
    double wall = 0;
    for (Run r : done) {
      errors += (long) number(r.stdout(), "(\\d+) errored");
      cpu += r.cpuSeconds();
      busy = Math.max(busy, r.machineBusySeconds());
      wall = Math.max(wall, r.wallSeconds());
    }
    latencies.sort(null);
    double span = latencies.isEmpty() ? 1 : (last - first) / 1e6;
    double achieved = latencies.size() / Math.max(span, 1e-3);
    Run merged = new Run(done.get(0).stdout(), done.get(0).stderr(), done.get(0).exit(), wall, cpu, busy);
    return new Rate(perClient * clients, achieved, percentile(latencies, 0.50) / 1000.0,
        percentile(latencies, 0.99) / 1000.0, latencies.size(), errors, merged);
  }

  static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  // --- pgbench / psql --------------------------------------------------------------------------

  /** pgbench tps of a custom script at {@code clients} clients (prepared statements, like JDBC). */
  static double pgbench(Ctx ctx, String database, Path script, int clients, Duration duration) {
    List<String> base = List.of("pgbench", "-h", "localhost", "-p", Integer.toString(ctx.pgPort), "-U", "compact",
        "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "1", "-f", script.toString());
    List<String> warm = new ArrayList<>(base);
    warm.addAll(List.of("-T", Long.toString(Math.max(2, ctx.warmup().toSeconds() / 2)), database));
    Run w = run(warm, Duration.ofMinutes(5), Map.of("PGPASSWORD", "compact"));
    if (w.exit() != 0) {
      throw new IllegalStateException("pgbench failed: " + Ctx.abbreviate(w.stderr() + w.stdout()));
    }
    List<String> cmd = new ArrayList<>(base);
    cmd.addAll(List.of("-T", Long.toString(duration.toSeconds()), database));
    Run r = run(cmd, duration.plusMinutes(2), Map.of("PGPASSWORD", "compact"));
    double tps = number(r.stdout(), "tps = ([0-9.]+) \\(without initial connection time\\)");
    if (tps == 0) {
      throw new IllegalStateException("pgbench printed no tps: " + Ctx.abbreviate(r.stderr() + r.stdout()));
    }
    return tps;
  }

  /** Runs SQL as the superuser (trust from loopback) and returns psql's unaligned output. */
  static String psql(Ctx ctx, String database, String sql) {
    Run r = run(List.of("psql", "-h", "localhost", "-p", Integer.toString(ctx.pgPort), "-U", "postgres", "-d", database,
        "-v", "ON_ERROR_STOP=1", "-At", "-c", sql), Duration.ofMinutes(5));
    if (r.exit() != 0) {
      throw new IllegalStateException("psql failed: " + r.stderr());
    }
    return r.stdout().strip();
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
