package org.compact.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The services of one run: started together, awaited together, stopped together. */
final class ServiceFleet {
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);
  private static final int LOG_LINES_ON_FAILURE = 20;

  private final List<ServiceProcess> services;
  private final Map<ServiceProcess, AotCache> startedWithCache = new HashMap<>();
  private final Map<ServiceProcess, AotCache> retriedWithoutCache = new HashMap<>();
  private Starter starter;
  private List<String> javaOptions = List.of();

  ServiceFleet(List<ServiceProcess> services) {
    this.services = List.copyOf(services);
  }

  List<ServiceProcess> services() {
    return services;
  }

  /**
   * Starts one service with the given JVM options; the launcher starts it with the stack's
   * infrastructure ({@link ServiceProcess#start}).
   */
  @FunctionalInterface
  interface Starter {
    void start(ServiceProcess service, List<String> javaOptions) throws IOException;
  }

  /**
   * Starts every service whose jar exists, with {@code javaOptions} plus the AOT cache of the
   * service when {@code aotCaches} has one (by service name); warns about the others and goes on.
   */
  void startAll(
      Path root,
      Starter starter,
      List<String> javaOptions,
      Map<String, AotCache> aotCaches,
      ShutdownSequence shutdown) {
    this.starter = starter;
    this.javaOptions = List.copyOf(javaOptions);
    for (ServiceProcess service : services) {
      if (service.status() == ServiceProcess.Status.NOT_BUILT) {
        Console.warn(
            "%s-service is not built (no %s); skipping it. Build with: bin/run --build",
            service.name(), root.relativize(service.definition().jar(root)));
        continue;
      }
      if (shutdown.hasStarted()) {
        return;
      }
      AotCache cache = aotCaches.get(service.name());
      List<String> options = new ArrayList<>(javaOptions);
      if (cache != null) {
        options.addAll(cache.runOptions());
      }
      try {
        starter.start(service, options);
        if (cache != null) {
          startedWithCache.put(service, cache);
        }
        Console.info(
            "Starting %s-service on port %d (pid %d, log %s%s)",
            service.name(),
            service.port(),
            service.child().pid(),
            service.child().log(),
            cache == null ? "" : ", AOT cache " + cache.file());
      } catch (IOException e) {
        service.markExited();
        Console.warn("Cannot start %s-service: %s", service.name(), e.getMessage());
      }
    }
  }

  /**
   * Polls every starting service's readiness until all are ready, have exited or the deadline has
   * passed. A service that fails is reported with the end of its log; the others go on.
   */
  void awaitReady(Deadline deadline) {
    List<ServiceProcess> pending = new ArrayList<>(starting());
    if (pending.isEmpty()) {
      return;
    }
    Console.info(
        "Waiting up to %ds for %d service(s) to report ready",
        deadline.total().toSeconds(), pending.size());
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
      while (!pending.isEmpty()) {
        for (ServiceProcess service : List.copyOf(pending)) {
          if (service.probe(http)) {
            Console.info(
                "%s-service is ready (%.1fs)",
                service.name(), service.startupTime().toMillis() / 1000.0);
            pending.remove(service);
            blameCacheIfRetried(service);
            checkCacheWasUsable(service);
          } else if (service.status() == ServiceProcess.Status.EXITED
              && restartWithoutCache(service)) {
            continue;
          } else if (service.status() == ServiceProcess.Status.EXITED) {
            Console.warn(
                "%s-service exited with code %d during startup; end of %s:%n%s",
                service.name(),
                service.child().exitValue(),
                service.child().log(),
                service.child().logTail(LOG_LINES_ON_FAILURE));
            pending.remove(service);
          }
        }
        if (pending.isEmpty()) {
          return;
        }
        if (deadline.expired()) {
          for (ServiceProcess service : pending) {
            service.markNotReady();
            Console.warn(
                "%s-service is not ready after %ds; it keeps running, see %s",
                service.name(), deadline.total().toSeconds(), service.child().log());
          }
          return;
        }
        awaitAnyExit(pending, deadline.nextPause(POLL));
      }
    }
  }

  /**
   * A service that ended during start-up with its AOT cache is started once more without it. The
   * JVM itself only warns about a cache it cannot map, so this guards against what it does not
   * catch; a service that also fails without the cache fails for another reason.
   */
  private boolean restartWithoutCache(ServiceProcess service) {
    AotCache cache = startedWithCache.remove(service);
    if (cache == null) {
      return false;
    }
    Console.warn(
        "%s-service exited with code %d during start-up with its AOT cache %s; starting it again"
            + " without the cache (log %s)",
        service.name(), service.child().exitValue(), cache.file(), service.child().log());
    try {
      starter.start(service, javaOptions);
      retriedWithoutCache.put(service, cache);
      return true;
    } catch (IOException e) {
      Console.warn("Cannot start %s-service: %s", service.name(), e.getMessage());
      return false;
    }
  }

  /** Ready without the cache after failing with it: the cache is the culprit; not used again. */
  private void blameCacheIfRetried(ServiceProcess service) {
    AotCache cache = retriedWithoutCache.remove(service);
    if (cache == null) {
      return;
    }
    try {
      cache.recordFailure("the service exited during start-up with it and started without it");
      Console.warn(
          "%s-service started without its AOT cache; the cache is deleted and not trained again"
              + " until the jar, the JVM options or the JDK change (%s)",
          service.name(), cache.keyFile());
    } catch (IOException e) {
      Console.warn("Cannot delete the AOT cache %s: %s", cache.file(), e.getMessage());
    }
  }

  /**
   * The JVM starts without a cache it cannot map, with an error line in the log: such a cache is
   * deleted, so that the next start trains a new one instead of paying for a useless option.
   */
  private void checkCacheWasUsable(ServiceProcess service) {
    AotCache cache = startedWithCache.get(service);
    if (cache == null || !AotCache.jvmRejected(service.child().logSinceStart())) {
      return;
    }
    Console.warn(
        "%s-service started without its AOT cache: the JVM could not use %s (see %s); it is"
            + " deleted and trained again at the next start",
        service.name(), cache.file(), service.child().log());
    try {
      cache.discard();
    } catch (IOException e) {
      Console.warn("Cannot delete the AOT cache %s: %s", cache.file(), e.getMessage());
    }
  }

  /** Pauses between probes, returning early when one of the processes ends. */
  static void awaitAnyExit(List<ServiceProcess> services, Duration pause) {
    CompletableFuture<?>[] exits =
        services.stream()
            .map(service -> service.child().onExit())
            .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.anyOf(exits).get(pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // time for the next probe
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM to all running services at once, then waits; kills those still up after the grace. */
  void stopAll() {
    List<ServiceProcess> running = services.stream().filter(ServiceProcess::isRunning).toList();
    if (running.isEmpty()) {
      return;
    }
    Console.info(
        "Stopping %s",
        String.join(", ", running.stream().map(s -> s.name() + "-service").toList()));
    running.forEach(service -> service.child().requestStop());
    Deadline deadline = Deadline.after(STOP_GRACE);
    running.forEach(service -> service.child().awaitStopped(deadline));
  }

  private List<ServiceProcess> starting() {
    return services.stream()
        .filter(service -> service.status() == ServiceProcess.Status.STARTING)
        .filter(ServiceProcess::isRunning)
        .toList();
  }
}
