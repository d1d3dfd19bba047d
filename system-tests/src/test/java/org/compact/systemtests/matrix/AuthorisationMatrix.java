package org.compact.systemtests.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Calls every operation as every matrix caller and judges each answer against {@link AccessRules}.
 * Reads run first, then state changes, then the operations that end or remove a fixture; within a
 * phase each service is probed by its own thread, one request at a time.
 */
public final class AuthorisationMatrix {
  private static final List<CallerKind> INVALID =
      List.of(CallerKind.EXPIRED, CallerKind.OTHER_KEY, CallerKind.WRONG_ISSUER);

  private final List<ApiOperation> operations;
  private final AccessRules rules;
  private final FixtureWorld world;
  private final Http http;
  private final RequestFactory factory;
  private final EtagSource etags;

  public AuthorisationMatrix(
      List<ApiOperation> operations, AccessRules rules, FixtureWorld world, Http http) {
    this.operations = operations;
    this.rules = rules;
    this.world = world;
    this.http = http;
    this.factory = new RequestFactory(world.ids());
    this.etags = new EtagSource(operations, factory, http);
  }

  /** Reads need no order: they run on this many threads at once. */
  private static final int READ_THREADS = 6;

  public List<MatrixCell> run() {
    List<MatrixCell> cells = Collections.synchronizedList(new ArrayList<>());
    List<List<ApiOperation>> phases = phases();
    String[] names = {"reads", "changes", "endings"};
    for (int i = 0; i < phases.size(); i++) {
      long started = System.nanoTime();
      List<List<ApiOperation>> lanes = new ArrayList<>();
      if (i == 0) {
        phases.get(i).forEach(op -> lanes.add(List.of(op)));
      } else {
        lanes.addAll(
            phases.get(i).stream()
                .collect(
                    Collectors.groupingBy(
                        ApiOperation::service, LinkedHashMap::new, Collectors.toList()))
                .values());
      }
      runLanes(lanes, i == 0 ? READ_THREADS : Math.max(1, lanes.size()), cells);
      System.out.printf(
          "matrix phase %s: %d operations in %d ms%n",
          names[i], phases.get(i).size(), (System.nanoTime() - started) / 1_000_000);
    }
    List<MatrixCell> sorted = new ArrayList<>(cells);
    sorted.sort(
        Comparator.comparing((MatrixCell c) -> c.op().service())
            .thenComparing(c -> c.op().path())
            .thenComparing(c -> c.op().method())
            .thenComparing(MatrixCell::caller));
    return sorted;
  }

  /** Each lane's operations one after another; lanes side by side. */
  private void runLanes(List<List<ApiOperation>> lanes, int threads, List<MatrixCell> cells) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<ApiOperation> ops : lanes) {
        running.add(pool.submit(() -> ops.forEach(op -> cells.addAll(probe(op)))));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("matrix run failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<List<ApiOperation>> phases() {
    List<ApiOperation> reads = new ArrayList<>();
    List<ApiOperation> changes = new ArrayList<>();
    List<ApiOperation> late = new ArrayList<>();
    for (ApiOperation op : operations) {
      AccessRule rule = rules.ruleFor(op);
      if (op.isRead()) {
        reads.add(op);
      } else if (rule.late() || op.method().equals("DELETE")) {
        late.add(op);
      } else {
        changes.add(op);
      }
    }
    return List.of(reads, changes, late);
  }

  /** Invalid tokens and forbidden callers first, positive controls before other allowed ones. */
  private List<CallerKind> order(AccessRule rule) {
    List<CallerKind> order = new ArrayList<>(INVALID);
    order.add(CallerKind.ANONYMOUS);
    for (CallerKind k : CallerKind.values()) {
      if (!order.contains(k) && !rule.allows(k)) {
        order.add(k);
      }
    }
    for (CallerKind k : CallerKind.values()) {
      if (!order.contains(k) && rule.mustSucceed().contains(k)) {
        order.add(k);
      }
    }
    for (CallerKind k : CallerKind.values()) {
      if (!order.contains(k)) {
        order.add(k);
      }
    }
    return order;
  }

  private List<MatrixCell> probe(ApiOperation op) {
    AccessRule rule = rules.ruleFor(op);
    List<MatrixCell> cells = new ArrayList<>();
    for (CallerKind caller : order(rule)) {
      if (rule.noAllowedCall() && rule.allows(caller)) {
        cells.add(new MatrixCell(op, caller, null, null, List.of()));
        continue;
      }
      Call call = factory.valid(op).withToken(world.token(caller));
      if (op.header("If-Match").isPresent()) {
        Optional<String> etag =
            etags.current(
                op, List.of(world.token(CallerKind.ADMIN), world.token(CallerKind.CCRG_PANEL)));
        if (etag.isPresent()) {
          call = call.withHeader("If-Match", etag.get());
        }
      }
      Reply reply = http.send(call);
      cells.add(new MatrixCell(op, caller, call, reply, judge(op, rule, caller, reply)));
    }
    return cells;
  }

  private List<String> judge(ApiOperation op, AccessRule rule, CallerKind caller, Reply reply) {
    List<String> wrong = new ArrayList<>();
    if (reply.is5xx()) {
      wrong.add("server error " + reply.describe());
    }
    if (caller.invalidToken()) {
      if (reply.status() != 401) {
        wrong.add("an invalid token must be 401 (DOMAIN: always 401), got " + reply.describe());
      }
    } else if (caller == CallerKind.ANONYMOUS && !op.isPublic()) {
      if (reply.status() != 401) {
        wrong.add("no token on a protected operation must be 401, got " + reply.describe());
      }
    } else if (!rule.allows(caller) && ResponseChecks.effectiveSuccess(reply)) {
      wrong.add("2xx for a caller DOMAIN.md does not allow: " + reply.describe());
    }
    if (rule.mustSucceed().contains(caller) && !reply.is2xx()) {
      wrong.add("positive control: an allowed caller must get a 2xx, got " + reply.describe());
    }
    if (reply.is2xx()) {
      rule.hidden()
          .forEach(
              (key, who) -> {
                String id = world.ids().get(key);
                if (who.contains(caller) && id != null && reply.body().contains(id)) {
                  wrong.add(
                      "the answer shows "
                          + key
                          + " ("
                          + id
                          + ") which this caller may not know of");
                }
              });
    }
    if (reply.is4xx()) {
      ResponseChecks.notProblem(reply).ifPresent(p -> wrong.add("4xx is not problem+json: " + p));
    }
    if (!reply.is2xx()) {
      ResponseChecks.internals(reply.body())
          .ifPresent(p -> wrong.add("error body shows internals: " + p));
    }
    return wrong;
  }

  /**
   * A read must not change what it reads: every GET that answers with an ETag, sent twice in a row,
   * must give the same ETag (else a GET bumps the version and every If-Match goes stale).
   */
  public List<String> readsThatChangeVersions() {
    List<String> wrong = new ArrayList<>();
    for (ApiOperation op : operations) {
      if (!op.isRead()) {
        continue;
      }
      for (CallerKind caller :
          List.of(CallerKind.ADMIN, CallerKind.PARTNER, CallerKind.ANONYMOUS)) {
        Call call = factory.valid(op).withToken(world.token(caller));
        Reply first = http.send(call);
        Optional<String> etag = first.header("ETag");
        if (!first.is2xx() || etag.isEmpty()) {
          continue;
        }
        Reply second = http.send(call);
        if (!etag.equals(second.header("ETag"))) {
          wrong.add(
              op.id()
                  + " as "
                  + caller.column()
                  + ": reading changed the ETag from "
                  + etag.get()
                  + " to "
                  + second.header("ETag").orElse("none")
                  + " ("
                  + call.describe()
                  + ")");
        }
        break;
      }
    }
    return wrong;
  }

  /** The operations × callers table. */
  public static String table(List<MatrixCell> cells) {
    List<CallerKind> columns = List.of(CallerKind.values());
    Map<String, Map<CallerKind, MatrixCell>> rows = new LinkedHashMap<>();
    for (MatrixCell cell : cells) {
      rows.computeIfAbsent(cell.op().id(), k -> new LinkedHashMap<>()).put(cell.caller(), cell);
    }
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-" + width + "s", "operation"));
    for (CallerKind c : columns) {
      out.append(String.format(" %-" + Math.max(5, c.column().length()) + "s", c.column()));
    }
    out.append('\n');
    rows.forEach(
        (op, byCaller) -> {
          out.append(String.format("%-" + width + "s", op));
          for (CallerKind c : columns) {
            MatrixCell cell = byCaller.get(c);
            String mark = cell == null ? "-" : cell.mark();
            out.append(String.format(" %-" + Math.max(5, c.column().length()) + "s", mark));
          }
          out.append('\n');
        });
    out.append("(status codes; ! = violation; skip = not sent, see matrix-rules.txt)\n");
    return out.toString();
  }

  /** Services whose protected operations never answered a valid token with a 2xx. */
  public static Set<String> servicesThatNeverAcceptedAToken(List<MatrixCell> cells) {
    Set<String> services =
        cells.stream()
            .map(c -> c.op().service())
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<CallerKind> valid =
        EnumSet.complementOf(
            EnumSet.of(
                CallerKind.ANONYMOUS,
                CallerKind.EXPIRED,
                CallerKind.OTHER_KEY,
                CallerKind.WRONG_ISSUER));
    for (MatrixCell cell : cells) {
      if (!cell.skipped()
          && !cell.op().isPublic()
          && valid.contains(cell.caller())
          && cell.reply().is2xx()) {
        services.remove(cell.op().service());
      }
    }
    return services;
  }
}
