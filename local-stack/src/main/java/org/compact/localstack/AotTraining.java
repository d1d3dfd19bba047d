package org.compact.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Training runs that create the missing or stale {@link AotCache}s: each service is started once
 * with {@code -XX:AOTCacheOutput}, all at once (like the stack itself), awaited until ready, given
 * a few reads with an admin token (so that the cache also holds what a request loads: JAX-RS, JSON,
 * JWT verification, Hibernate queries), then stopped with SIGTERM. At exit the JVM assembles the
 * cache in a child JVM; the launcher keeps it when it exists, and otherwise records the failure so
 * that later starts do not try again until the jar, the options or the JDK change.
 */
final class AotTraining {
  /** Cheap reads per service (any answer will do, 4xx included: the request path still runs). */
  static final Map<String, List<String>> READS =
      Map.of(
          "signatory", List.of("/register?size=20", "/signatories?size=20"),
          "actionplan", List.of("/plans?size=20", "/actions?size=20"),
          "dispute", List.of("/dispute-procedure", "/disputes?size=20"),
          "consultation", List.of("/calendar", "/consultations?size=20"),
          "reporting", List.of("/reports", "/good-practice"),
          "notification", List.of("/webhooks/event-types", "/webhooks/subscriptions"));

  private static final List<String> COMMON_READS = List.of("/q/health/ready", "/q/metrics");
  private static final int ROUNDS = 3;
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** The JVM writes the cache after the service has shut down: give it time on a loaded machine. */
  static final Duration STOP_DEADLINE = Duration.ofMinutes(5);

  private static final Duration CHECK_DEADLINE = Duration.ofMinutes(2);

  private final ServiceFleet.Starter starter;
  private final List<String> javaOptions;
  private final Supplier<String> bearerToken;

  AotTraining(
      ServiceFleet.Starter starter, List<String> javaOptions, Supplier<String> bearerToken) {
    this.starter = starter;
    this.javaOptions = List.copyOf(javaOptions);
    this.bearerToken = bearerToken;
  }

  /**
   * Trains every cache with its own instance of the service (a fresh {@link ServiceProcess} on the
   * port the service will use afterwards). Returns the caches that are now fresh; failures are
   * warned about and recorded in the cache's key file.
   */
  List<AotCache> train(
      Map<ServiceProcess, AotCache> runs, Deadline readyDeadline, ShutdownSequence shutdown) {
    Map<ServiceProcess, AotCache> started = new LinkedHashMap<>();
    Map<ServiceProcess, String> failures = new LinkedHashMap<>();
    shutdown.add("AOT training runs", () -> stop(started.keySet()));
    long begin = System.nanoTime();
    for (Map.Entry<ServiceProcess, AotCache> run : runs.entrySet()) {
      ServiceProcess service = run.getKey();
      AotCache cache = run.getValue();
      if (shutdown.hasStarted()) {
        break;
      }
      List<String> options = trainingJvmOptions(javaOptions);
      options.addAll(cache.trainingOptions());
      try {
        cache.prepareTraining();
        starter.start(service, options);
        started.put(service, cache);
        Console.info(
            "Training the AOT cache of %s-service (pid %d, log %s)",
            service.name(), service.child().pid(), service.child().log());
      } catch (IOException e) {
        failures.put(service, "cannot start the training run: " + e.getMessage());
      }
    }
    awaitReadyAndExercise(started, failures, readyDeadline, shutdown);
    stop(started.keySet());
    List<AotCache> fresh = new ArrayList<>();
    for (Map.Entry<ServiceProcess, AotCache> run : runs.entrySet()) {
      AotCache cache = run.getValue();
      String failure = failures.get(run.getKey());
      if (shutdown.hasStarted()) {
        break;
      }
      Path log = run.getKey().child() == null ? null : run.getKey().child().log();
      if (failure == null && !cache.trainingProducedOutput()) {
        failure = "the JVM wrote no cache (see " + log + ")";
      }
      if (failure == null && !mapsCache(cache, log)) {
        failure = "the JVM cannot map the cache it wrote (see " + log + ")";
      }
      conclude(cache, failure, fresh);
    }
    if (!fresh.isEmpty()) {
      Console.info(
          "AOT caches trained in %ds: %s",
          Duration.ofNanos(System.nanoTime() - begin).toSeconds(),
          String.join(", ", fresh.stream().map(AotCache::service).toList()));
    }
    return fresh;
  }

  private void awaitReadyAndExercise(
      Map<ServiceProcess, AotCache> started,
      Map<ServiceProcess, String> failures,
      Deadline deadline,
      ShutdownSequence shutdown) {
    List<ServiceProcess> pending = new ArrayList<>(started.keySet());
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
      while (!pending.isEmpty() && !shutdown.hasStarted()) {
        for (ServiceProcess service : List.copyOf(pending)) {
          if (service.probe(http)) {
            exercise(http, service);
            pending.remove(service);
          } else if (service.status() == ServiceProcess.Status.EXITED) {
            failures.put(
                service, "the training run exited with code " + service.child().exitValue());
            pending.remove(service);
          }
        }
        if (deadline.expired()) {
          pending.forEach(
              service ->
                  failures.put(service, "not ready within " + deadline.total().toSeconds() + "s"));
          return;
        }
        if (!pending.isEmpty()) {
          ServiceFleet.awaitAnyExit(pending, deadline.nextPause(POLL));
        }
      }
    }
  }

  /** A few rounds of the service's reads, so that the cache holds the request path as well. */
  private void exercise(HttpClient http, ServiceProcess service) {
    List<String> paths = new ArrayList<>(COMMON_READS);
    paths.addAll(READS.getOrDefault(service.name(), List.of()));
    String token = bearerToken.get();
    for (int round = 0; round < ROUNDS; round++) {
      for (String path : paths) {
        HttpRequest request =
            HttpRequest.newBuilder(service.url(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
          http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
          // any answer, or none, still trains what ran
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** SIGTERM to every training run at once, then waits for each; the JVM writes its cache. */
  private static void stop(Iterable<ServiceProcess> services) {
    List<ServiceProcess> running = new ArrayList<>();
    services.forEach(
        service -> {
          if (service.isRunning()) {
            running.add(service);
          }
        });
    running.forEach(service -> service.child().requestStop());
    Deadline deadline = Deadline.after(STOP_DEADLINE);
    running.forEach(service -> service.child().awaitStopped(deadline));
  }

  /**
   * The service's JVM options without the caps on class metadata: JDK 25 writes the recorded
   * classes into a buffer no larger than the compressed class space, which {@code
   * -XX:MaxMetaspaceSize=160m} shrinks to 128 MB, and the services' caches are 120-135 MB ("Unable
   * to allocate from 'ro' region"). The running service keeps its caps: classes mapped from the
   * cache do not count against them.
   */
  static List<String> trainingJvmOptions(List<String> javaOptions) {
    List<String> options = new ArrayList<>();
    for (String option : javaOptions) {
      if (!option.startsWith("-XX:MaxMetaspaceSize=")
          && !option.startsWith("-XX:CompressedClassSpaceSize=")) {
        options.add(option);
      }
    }
    return options;
  }

  /**
   * Checks the training output with {@code -XX:AOTMode=on}, which fails on a cache it cannot map.
   */
  private boolean mapsCache(AotCache cache, Path log) {
    List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable()));
    command.addAll(javaOptions);
    command.addAll(List.of("-XX:AOTCache=" + cache.trainingOutput(), "-XX:AOTMode=on", "-version"));
    try {
      ChildProcess check =
          ChildProcess.startTool(
              cache.service() + " AOT cache check", command, cache.file().getParent(), log);
      if (!check.awaitExit(CHECK_DEADLINE)) {
        check.kill(Duration.ofSeconds(10));
        return false;
      }
      return check.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void conclude(AotCache cache, String failure, List<AotCache> fresh) {
    try {
      if (failure == null) {
        cache.accept();
        fresh.add(cache);
      } else {
        cache.recordFailure(failure);
        Console.warn(
            "No AOT cache for %s-service: %s. It starts without one, and training is not tried"
                + " again until its jar, the JVM options or the JDK change (or delete %s)",
            cache.service(), failure, cache.keyFile());
      }
    } catch (IOException e) {
      Console.warn("Cannot store the AOT cache %s: %s", cache.file(), e.getMessage());
    }
  }
}
