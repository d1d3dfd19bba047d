package org.compact.systemtests.hostile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.compact.systemtests.matrix.AccessRule;
import org.compact.systemtests.matrix.AccessRules;
import org.compact.systemtests.matrix.ApiOperation;
import org.compact.systemtests.matrix.Call;
import org.compact.systemtests.matrix.CallerKind;
import org.compact.systemtests.matrix.EtagSource;
import org.compact.systemtests.matrix.FixtureWorld;
import org.compact.systemtests.matrix.Http;
import org.compact.systemtests.matrix.Reply;
import org.compact.systemtests.matrix.RequestFactory;
import org.compact.systemtests.matrix.ResponseChecks;
import org.compact.systemtests.matrix.Target;

/**
 * Sends every operation its hostile cases as a caller allowed to call it (so validation is reached)
 * and judges each answer. Reads run side by side; each service's state-changing operations run one
 * request at a time with a fingerprint of its database before and after, so a rejected request that
 * wrote anything is caught (and confirmed by sending it again).
 */
final class HostileRun {
  private static final int READ_THREADS = 6;
  private static final List<CallerKind> PREFERRED =
      List.of(
          CallerKind.ADMIN,
          CallerKind.PARTNER,
          CallerKind.CCRG_PANEL,
          CallerKind.COUNCIL,
          CallerKind.PARTNER_OTHER,
          CallerKind.ANONYMOUS);

  record Outcome(
      ApiOperation op,
      CallerKind caller,
      HostileCase hostile,
      Reply reply,
      List<String> violations) {}

  private final Target target;
  private final List<ApiOperation> operations;
  private final AccessRules rules;
  private final FixtureWorld world;
  private final Http http;
  private final RequestFactory factory;
  private final EtagSource etags;
  private final List<String> unconfirmed = Collections.synchronizedList(new ArrayList<>());
  private final List<Suspect> suspects = Collections.synchronizedList(new ArrayList<>());

  /** A read during which its database changed. */
  private record Suspect(ApiOperation op, CallerKind caller, Call base, List<String> changed) {}

  HostileRun(
      Target target,
      List<ApiOperation> operations,
      AccessRules rules,
      FixtureWorld world,
      Http http) {
    this.target = target;
    this.operations = operations;
    this.rules = rules;
    this.world = world;
    this.http = http;
    this.factory = new RequestFactory(world.ids());
    this.etags = new EtagSource(operations, factory, http);
  }

  /** Background changes seen once but not when the same rejected request was sent again. */
  List<String> unconfirmed() {
    return unconfirmed;
  }

  List<Outcome> run() {
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<ApiOperation> reads = operations.stream().filter(ApiOperation::isRead).toList();
    Map<String, List<ApiOperation>> writes =
        operations.stream()
            .filter(op -> !op.isRead())
            .sorted(
                java.util.Comparator.comparing(
                    (ApiOperation op) -> rules.ruleFor(op).late() || op.method().equals("DELETE")))
            .collect(
                Collectors.groupingBy(
                    ApiOperation::service, LinkedHashMap::new, Collectors.toList()));
    // Each service's state-changing lane fingerprints its database per request, so nothing else
    // may write there meanwhile: a service's reads (which could write, if buggy) run in the other
    // phase. Services are split into two groups by their number of state-changing operations.
    List<String> services =
        operations.stream()
            .map(ApiOperation::service)
            .distinct()
            .sorted(
                java.util.Comparator.comparing(
                    (String s) -> -writes.getOrDefault(s, List.of()).size()))
            .toList();
    List<List<String>> groups = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < services.size(); i++) {
      groups.get(i % 2).add(services.get(i));
    }
    long started = System.nanoTime();
    for (int phase = 0; phase < 2; phase++) {
      List<String> lanes = groups.get(phase);
      List<Runnable> tasks = new ArrayList<>();
      writes.forEach(
          (service, ops) -> {
            if (lanes.contains(service)) {
              tasks.add(() -> outcomes.addAll(writes(service, ops)));
            }
          });
      reads.stream()
          .filter(op -> !lanes.contains(op.service()))
          .forEach(op -> tasks.add(() -> outcomes.addAll(reads(op))));
      runAll(tasks, lanes.size() + READ_THREADS);
    }
    outcomes.addAll(judgeSuspectsAlone());
    System.out.printf(
        "hostile run: %d reads and %d state-changing operations in %d ms%n",
        reads.size(),
        writes.values().stream().mapToInt(List::size).sum(),
        (System.nanoTime() - started) / 1_000_000);
    return new ArrayList<>(outcomes);
  }

  private static void runAll(List<Runnable> tasks, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      tasks.forEach(t -> running.add(pool.submit(t)));
      for (Future<?> f : running) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("hostile run failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private CallerKind callerFor(ApiOperation op) {
    AccessRule rule = rules.ruleFor(op);
    if (rule.noAllowedCall()) {
      // its allowed callers would trigger a global side effect: probe it as a forbidden caller
      return PREFERRED.stream()
          .filter(k -> !rule.allows(k))
          .findFirst()
          .orElse(CallerKind.ANONYMOUS);
    }
    return PREFERRED.stream().filter(rule::allows).findFirst().orElse(CallerKind.ADMIN);
  }

  /** A read's hostile cases; a read that changed its database (confirmed alone) is a violation. */
  private List<Outcome> reads(ApiOperation op) {
    CallerKind caller = callerFor(op);
    Call base = factory.valid(op).withToken(world.token(caller));
    List<Outcome> out = new ArrayList<>();
    try (DatabaseFingerprint db =
        DatabaseFingerprint.open(
            op.service(),
            target.jdbcUrl(op.service()),
            target.databaseUser(),
            target.databasePassword())) {
      Map<String, String> before = db.take();
      for (HostileCase hostile : HostileCases.of(op, base, factory)) {
        Reply reply = http.send(hostile.call());
        out.add(new Outcome(op, caller, hostile, reply, judge(hostile, reply)));
      }
      List<String> changed = DatabaseFingerprint.changed(before, db.take());
      if (!changed.isEmpty()) {
        // other reads of this service ran meanwhile: judged alone once every phase is over
        suspects.add(new Suspect(op, caller, base, changed));
      }
    } catch (SQLException e) {
      out.add(
          new Outcome(
              op,
              caller,
              HostileCase.survive("database", "fingerprint", base),
              new Reply(0, Map.of(), "", null),
              List.of("cannot read the database of " + op.service() + ": " + e.getMessage())));
    }
    return out;
  }

  private List<Outcome> writes(String service, List<ApiOperation> ops) {
    List<Outcome> out = new ArrayList<>();
    try (DatabaseFingerprint db =
        DatabaseFingerprint.open(
            service, target.jdbcUrl(service), target.databaseUser(), target.databasePassword())) {
      for (ApiOperation op : ops) {
        out.addAll(writes(op, db));
      }
    } catch (SQLException e) {
      ApiOperation first = ops.get(0);
      out.add(
          new Outcome(
              first,
              CallerKind.ADMIN,
              HostileCase.survive("database", "fingerprint", Call.of(service, "-", "-")),
              new Reply(0, Map.of(), "", null),
              List.of(
                  "cannot read the database of "
                      + service
                      + " to prove rejected requests wrote"
                      + " nothing: "
                      + e.getMessage())));
    }
    return out;
  }

  private List<Outcome> writes(ApiOperation op, DatabaseFingerprint db) throws SQLException {
    CallerKind caller = callerFor(op);
    String token = world.token(caller);
    List<String> etagTokens =
        List.of(world.token(CallerKind.ADMIN), world.token(CallerKind.CCRG_PANEL));
    boolean needsEtag = op.header("If-Match").isPresent();
    Optional<String> etag = needsEtag ? etags.current(op, etagTokens) : Optional.empty();
    Call base = factory.valid(op).withToken(token);
    if (etag.isPresent()) {
      base = base.withHeader("If-Match", etag.get());
    }
    List<Outcome> out = new ArrayList<>();
    Map<String, String> before = db.take();
    for (HostileCase hostile : HostileCases.of(op, base, factory)) {
      Call call = fresh(op, hostile, etag);
      Reply reply = http.send(call);
      Map<String, String> after = db.take();
      List<String> violations = new ArrayList<>(judge(hostile, reply));
      if (!reply.is2xx() && !reply.notSent()) {
        List<String> changed = DatabaseFingerprint.changed(before, after);
        if (!changed.isEmpty()) {
          Optional<List<String>> confirmed = confirm(op, hostile, etag, db, false);
          if (confirmed.isPresent()) {
            violations.add(
                "a rejected request ("
                    + reply.status()
                    + ") wrote to "
                    + db.database()
                    + ": "
                    + confirmed.get());
          } else {
            unconfirmed.add(op.id() + " / " + hostile.label() + ": " + changed);
          }
          after = db.take();
        }
      }
      if (needsEtag && reply.is2xx()) {
        etag =
            reply.header("ETag").isPresent() ? reply.header("ETag") : etags.current(op, etagTokens);
      }
      out.add(new Outcome(op, caller, hostile, reply, violations));
      before = after;
    }
    return out;
  }

  /** Each suspect read sent again with nothing else running: does it change its database? */
  private List<Outcome> judgeSuspectsAlone() {
    List<Outcome> out = new ArrayList<>();
    for (Suspect suspect : suspects) {
      ApiOperation op = suspect.op();
      HostileCase plain = HostileCase.survive("read", "the valid request", suspect.base());
      try (DatabaseFingerprint db =
          DatabaseFingerprint.open(
              op.service(),
              target.jdbcUrl(op.service()),
              target.databaseUser(),
              target.databasePassword())) {
        Optional<List<String>> confirmed = confirm(op, plain, Optional.empty(), db, true);
        if (confirmed.isPresent()) {
          out.add(
              new Outcome(
                  op,
                  suspect.caller(),
                  plain,
                  http.send(suspect.base()),
                  List.of("a GET wrote to " + db.database() + ": " + confirmed.get())));
        } else {
          unconfirmed.add(op.id() + " (reads): " + suspect.changed());
        }
      } catch (SQLException e) {
        unconfirmed.add(op.id() + " (reads, database not readable): " + e.getMessage());
      }
    }
    return out;
  }

  /**
   * Whether the same rejected request, sent again, changes the database while the database stays
   * still without it (a quiet window before and after): else the change was someone else's.
   */
  private Optional<List<String>> confirm(
      ApiOperation op,
      HostileCase hostile,
      Optional<String> etag,
      DatabaseFingerprint db,
      boolean evenIfAccepted)
      throws SQLException {
    long window = 200_000_000L;
    for (int attempt = 0; attempt < 3; attempt++) {
      Map<String, String> quietFrom = db.take();
      pause(window);
      Map<String, String> q0 = db.take();
      if (!DatabaseFingerprint.changed(quietFrom, q0).isEmpty()) {
        continue; // someone else is writing: try again
      }
      long start = System.nanoTime();
      Reply again = http.send(fresh(op, hostile, etag));
      window = Math.max(window, System.nanoTime() - start);
      Map<String, String> q1 = db.take();
      if (again.is2xx() && !evenIfAccepted) {
        return Optional.empty();
      }
      pause(window);
      if (!DatabaseFingerprint.changed(q1, db.take()).isEmpty()) {
        continue;
      }
      List<String> changed = DatabaseFingerprint.changed(q0, q1);
      return changed.isEmpty() ? Optional.empty() : Optional.of(changed);
    }
    return Optional.empty();
  }

  private static void pause(long nanos) {
    try {
      Thread.sleep(Math.max(50, nanos / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The case with a fresh Idempotency-Key and the current If-Match, unless those are its point. */
  private static Call fresh(ApiOperation op, HostileCase hostile, Optional<String> etag) {
    Call call = hostile.call();
    if (op.header("Idempotency-Key").isPresent()
        && !hostile.family().equals("odd Idempotency-Key")) {
      call = call.withHeader("Idempotency-Key", UUID.randomUUID().toString());
    }
    if (etag.isPresent() && !hostile.family().equals("bad If-Match")) {
      call = call.withHeader("If-Match", etag.get());
    }
    return call;
  }

  static List<String> judge(HostileCase hostile, Reply reply) {
    List<String> wrong = new ArrayList<>();
    if (reply.notSent()) {
      return wrong;
    }
    if (reply.is5xx()) {
      wrong.add("server error: " + reply.describe());
    }
    if (hostile.expectedStatus() != 0 && reply.status() != hostile.expectedStatus()) {
      wrong.add("expected " + hostile.expectedStatus() + ", got " + reply.describe());
    } else if (hostile.mustReject() && ResponseChecks.effectiveSuccess(reply)) {
      wrong.add("malformed input accepted: " + reply.describe());
    }
    if (reply.is4xx()) {
      ResponseChecks.notProblem(reply)
          .ifPresent(p -> wrong.add("4xx is not problem+json: " + p + " " + reply.describe()));
    }
    if (!reply.is2xx()) {
      ResponseChecks.internals(reply.body())
          .ifPresent(p -> wrong.add("error body shows internals: " + p));
    }
    return wrong;
  }
}
