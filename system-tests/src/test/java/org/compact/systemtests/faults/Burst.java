package org.compact.systemtests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.compact.systemtests.stack.HttpResult;

/**
 * Many writes by concurrent clients. Every answer is recorded: an acknowledged (2xx) write with
 * what it created, or a refused one with its status and body (transport failures as status -1).
 */
final class Burst {
  /** What an acknowledged write created: its kind and id (as the service answered it). */
  record Written(String kind, String id) {}

  /** One write; returns what it created, or throws {@link Refused}. */
  @FunctionalInterface
  interface Write {
    Written perform(int index);
  }

  /** A write that did not get a 2xx. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(HttpResult result) {
      super(result.describe() + " " + result.body());
      this.status = result.status();
    }
  }

  /** A write without a 2xx: its status (-1 when no answer came) and what happened. */
  record Failure(int index, int status, String description) {}

  private final ExecutorService clients;
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private final ConcurrentLinkedQueue<Written> written = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
  private final long startedAt = System.nanoTime();
  private int total;

  private Burst(int clientCount) {
    this.clients = Executors.newFixedThreadPool(clientCount);
  }

  /** Starts {@code total} writes on {@code clientCount} concurrent clients; returns at once. */
  static Burst start(int total, int clientCount, Write write) {
    Burst burst = new Burst(clientCount);
    burst.total = total;
    for (int i = 0; i < total; i++) {
      int index = i;
      burst.clients.execute(() -> burst.perform(write, index));
    }
    burst.clients.shutdown();
    return burst;
  }

  /** Only an acknowledged answer counts: what a refused write did is not ours to check. */
  static Written acknowledged(HttpResult result, String kind, String id) {
    if (!result.is2xx()) {
      throw new Refused(result);
    }
    return new Written(kind, id);
  }

  private void perform(Write write, int index) {
    try {
      written.add(write.perform(index));
      acknowledged.incrementAndGet();
    } catch (Refused e) {
      failures.add(new Failure(index, e.status, e.getMessage()));
    } catch (RuntimeException e) {
      failures.add(new Failure(index, -1, e.toString()));
    } finally {
      finished.incrementAndGet();
    }
  }

  int acknowledgedSoFar() {
    return acknowledged.get();
  }

  int finishedSoFar() {
    return finished.get();
  }

  /** Waits for every write to get its answer; fails after {@code timeout}. */
  Burst await(Duration timeout) {
    try {
      if (!clients.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        clients.shutdownNow();
        throw new AssertionError(
            "the burst did not finish within "
                + timeout.toSeconds()
                + " s: "
                + finished.get()
                + " of "
                + total);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return this;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startedAt);
  }

  List<Written> written() {
    return List.copyOf(written);
  }

  List<String> ids(String kind) {
    return written.stream().filter(w -> w.kind().equals(kind)).map(Written::id).toList();
  }

  Map<String, Long> countsByKind() {
    return written.stream()
        .collect(Collectors.groupingBy(Written::kind, TreeMap::new, Collectors.counting()));
  }

  List<Failure> failures() {
    return new ArrayList<>(failures);
  }

  /** Refused writes per status (-1 = no answer). */
  Map<Integer, Long> failuresByStatus() {
    return failures.stream()
        .collect(Collectors.groupingBy(Failure::status, TreeMap::new, Collectors.counting()));
  }

  int total() {
    return total;
  }
}
