package org.compact.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  ServiceFleet(List<ServiceProcess> services) {
    this.services = List.copyOf(services);
  }

  List<ServiceProcess> services() {
    return services;
  }

  /** Starts every service whose jar exists; warns about the others and goes on. */
  void startAll(
      Path root,
      DataLayout layout,
      String bindHost,
      ServiceProcess.Infrastructure infra,
      List<String> javaOptions,
      ShutdownSequence shutdown) {
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
      try {
        service.start(root, layout, bindHost, infra, javaOptions);
        Console.info(
            "Starting %s-service on port %d (pid %d, log %s)",
            service.name(), service.port(), service.child().pid(), service.child().log());
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

  /** Pauses between probes, returning early when one of the processes ends. */
  private static void awaitAnyExit(List<ServiceProcess> services, Duration pause) {
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
