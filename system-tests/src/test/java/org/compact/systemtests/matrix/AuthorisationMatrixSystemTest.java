package org.compact.systemtests.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every committed OpenAPI document × every kind of caller (no token, expired
 * token, token of another key, token of another issuer, each role, partner and council system of
 * another organisation), judged against {@code matrix-rules.txt} (DOMAIN.md's who-may-do-what).
 * Prints the matrix; fails listing every violation.
 */
@org.junit.jupiter.api.Order(8)
class AuthorisationMatrixSystemTest {

  @Test
  void everyOperationAnswersEveryCallerAsDomainRulesSay() {
    Instant started = Instant.now();
    Target target = Targets.target();
    OpenApiCatalog catalog = OpenApiCatalog.load(target.repositoryRoot());
    AccessRules rules = AccessRules.load("matrix-rules.txt");
    List<String> failures = new ArrayList<>();

    for (Map.Entry<String, java.nio.file.Path> doc : catalog.documents().entrySet()) {
      if (!target.services().contains(doc.getKey())) {
        failures.add(
            "OpenAPI document "
                + doc.getValue()
                + " has no running service '"
                + doc.getKey()
                + "'");
      }
    }
    List<ApiOperation> operations =
        catalog.operations().stream()
            .filter(op -> target.services().contains(op.service()))
            .toList();
    rules
        .unused(catalog.operations())
        .forEach(k -> failures.add("matrix-rules.txt names no operation: " + k));
    List<String> fromDocument =
        operations.stream()
            .filter(op -> rules.ruleFor(op).fromDocument())
            .map(ApiOperation::id)
            .toList();

    Http http = new Http(target);
    FixtureWorld world = FixtureWorld.create(http, target.services());
    failures.addAll(world.problems());
    System.out.printf(
        "fixtures: %d requests in %d s%n",
        http.sent(), Duration.between(started, Instant.now()).toSeconds());

    AuthorisationMatrix matrix = new AuthorisationMatrix(operations, rules, world, http);
    failures.addAll(matrix.readsThatChangeVersions());
    List<MatrixCell> cells = matrix.run();
    System.out.println(AuthorisationMatrix.table(cells));

    for (MatrixCell cell : cells) {
      for (String violation : cell.violations()) {
        failures.add(
            cell.op().id()
                + " as "
                + cell.caller().column()
                + ": "
                + violation
                + "\n      request: "
                + cell.call().describe());
      }
    }
    AuthorisationMatrix.servicesThatNeverAcceptedAToken(cells)
        .forEach(
            s ->
                failures.add(
                    s
                        + ": no protected operation ever answered a valid token with a 2xx"
                        + " (does the service trust the test key?)"));

    long sent = cells.stream().filter(c -> !c.skipped()).count();
    long positives =
        cells.stream()
            .filter(c -> !c.skipped())
            .filter(c -> rules.ruleFor(c.op()).mustSucceed().contains(c.caller()))
            .count();
    long allowed2xx =
        cells.stream()
            .filter(
                c -> !c.skipped() && rules.ruleFor(c.op()).allows(c.caller()) && c.reply().is2xx())
            .count();
    System.out.printf(
        "Authorisation matrix: %d operations x %d callers = %d cells, %d sent, %d skipped;"
            + " %d positive controls, %d allowed calls answered 2xx; %d HTTP requests in all;"
            + " %d violations; %d s%n",
        operations.size(),
        CallerKind.values().length,
        cells.size(),
        sent,
        cells.size() - sent,
        positives,
        allowed2xx,
        http.sent(),
        failures.size(),
        Duration.between(started, Instant.now()).toSeconds());
    if (!fromDocument.isEmpty()) {
      System.out.println(
          "Operations without a line in matrix-rules.txt (allowed callers from their document): "
              + fromDocument);
    }
    assertThat(failures).as(String.join("\n  ", failures)).isEmpty();
  }
}
