package org.compact.systemtests.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compact.systemtests.matrix.AccessRules;
import org.compact.systemtests.matrix.ApiOperation;
import org.compact.systemtests.matrix.Call;
import org.compact.systemtests.matrix.FixtureWorld;
import org.compact.systemtests.matrix.Http;
import org.compact.systemtests.matrix.Json;
import org.compact.systemtests.matrix.OpenApiCatalog;
import org.compact.systemtests.matrix.Reply;
import org.compact.systemtests.matrix.RequestFactory;
import org.compact.systemtests.matrix.Target;
import org.compact.systemtests.matrix.Targets;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every operation of every committed OpenAPI document (at least 50 cases
 * each): no 5xx, no stack traces or exception names, every 4xx problem+json, malformed input never
 * accepted, and nothing written by a rejected request. Then CSV/XLSX exports of data that starts
 * with = + - @: every CSV cell neutralised, no XLSX formula cell, and export → import round-trips.
 */
@org.junit.jupiter.api.Order(9)
class HostileInputSystemTest {
  private static Target target;
  private static OpenApiCatalog catalog;
  private static Http http;
  private static FixtureWorld world;

  @BeforeAll
  static void world() {
    target = Targets.target();
    catalog = OpenApiCatalog.load(target.repositoryRoot());
    http = new Http(target);
    world = FixtureWorld.create(http, target.services());
    world.useBystanderForSignatoryPaths();
  }

  @Test
  void everyOperationSurvivesHostileInput() {
    Instant started = Instant.now();
    long sentBefore = http.sent();
    List<String> failures = new ArrayList<>(world.problems());
    List<ApiOperation> operations =
        catalog.operations().stream()
            .filter(op -> target.services().contains(op.service()))
            .toList();
    catalog.documents().keySet().stream()
        .filter(s -> !target.services().contains(s))
        .forEach(s -> failures.add("OpenAPI document of '" + s + "' has no running service"));
    HostileRun run =
        new HostileRun(target, operations, AccessRules.load("matrix-rules.txt"), world, http);
    List<HostileRun.Outcome> outcomes = run.run();

    Map<String, int[]> perOperation = new TreeMap<>();
    int notSent = 0;
    for (HostileRun.Outcome o : outcomes) {
      if (o.reply().notSent()) {
        notSent++;
        continue;
      }
      int[] counts = perOperation.computeIfAbsent(o.op().id(), k -> new int[4]);
      counts[0]++;
      if (o.reply().is2xx()) {
        counts[1]++;
      } else if (o.reply().is4xx()) {
        counts[2]++;
      }
      counts[3] += o.violations().size();
      for (String v : o.violations()) {
        failures.add(
            o.op().id()
                + " ["
                + o.hostile().family()
                + ": "
                + o.hostile().label()
                + "] as "
                + o.caller().column()
                + ": "
                + v
                + "\n      request: "
                + o.hostile().call().describe());
      }
    }
    StringBuilder table =
        new StringBuilder(
            String.format("%-70s %6s %5s %5s %5s%n", "operation", "tried", "2xx", "4xx", "bad"));
    perOperation.forEach(
        (op, c) ->
            table.append(String.format("%-70s %6d %5d %5d %5d%n", op, c[0], c[1], c[2], c[3])));
    System.out.println(table);
    perOperation.forEach(
        (op, c) -> {
          if (c[0] < HostileCases.MINIMUM) {
            failures.add(
                op
                    + ": only "
                    + c[0]
                    + " hostile requests were sent (at least "
                    + HostileCases.MINIMUM
                    + ")");
          }
        });
    operations.stream()
        .filter(op -> !perOperation.containsKey(op.id()))
        .forEach(op -> failures.add(op.id() + ": no hostile request was sent"));
    int tried = perOperation.values().stream().mapToInt(c -> c[0]).sum();
    System.out.printf(
        "Hostile input: %d operations, %d requests tried (%d per operation at least), %d the client"
            + " refused to send, %d HTTP requests in all, %d violations,"
            + " %d background database changes not confirmed by a second send; %d s%n",
        perOperation.size(),
        tried,
        perOperation.values().stream().mapToInt(c -> c[0]).min().orElse(0),
        notSent,
        http.sent() - sentBefore,
        failures.size(),
        run.unconfirmed().size(),
        Duration.between(started, Instant.now()).toSeconds());
    run.unconfirmed().forEach(u -> System.out.println("  unconfirmed: " + u));
    Map<String, Integer> kinds = new TreeMap<>();
    outcomes.forEach(
        o ->
            o.violations()
                .forEach(v -> kinds.merge(v.replaceAll("[:(].*", "").trim(), 1, Integer::sum)));
    System.out.println("Violations by kind: " + kinds);
    assertThat(failures).as(String.join("\n  ", failures)).isEmpty();
  }

  @Test
  void csvExportsNeutraliseCellsStartingWithFormulaCharacters() throws IOException {
    FormulaData data = new FormulaData(http, world).create(target.services());
    List<String> failures = new ArrayList<>(data.problems);
    Map<String, String> ids = new HashMap<>(world.ids());
    if (data.planId != null) {
      ids.put("plans/{planId}", data.planId);
    }
    ids.put("reports/{year}", "2002");
    RequestFactory factory = new RequestFactory(ids);
    List<ApiOperation> csvExports =
        catalog.operations().stream()
            .filter(op -> target.services().contains(op.service()) && op.isRead())
            .filter(op -> op.successMediaTypes().stream().anyMatch(t -> t.startsWith("text/csv")))
            .toList();
    assertThat(csvExports).as("CSV exports in the documents").isNotEmpty();
    Map<String, Integer> neutralised = new LinkedHashMap<>();
    for (ApiOperation op : csvExports) {
      Map<String, String> query = new LinkedHashMap<>();
      op.parameters("query").stream()
          .filter(p -> p.name().equals("format"))
          .findFirst()
          .ifPresent(p -> query.put("format", "csv"));
      Reply reply =
          http.send(
              Call.of(op.service(), "GET", factory.path(op, Map.of()) + factory.query(op, query))
                  .withToken(TestTokens.admin())
                  .withHeader("Accept", "text/csv"));
      if (!reply.is2xx()) {
        failures.add(op.id() + ": export failed: " + reply.describe());
        continue;
      }
      int count = 0;
      for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(reply.body()))) {
        for (String cell : record) {
          if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            failures.add(
                op.id()
                    + " line "
                    + record.getRecordNumber()
                    + ": cell not neutralised: "
                    + Call.shorten(cell, 80));
          }
          if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
            count++;
          }
        }
      }
      neutralised.put(op.id(), count);
    }
    System.out.println("CSV exports and their neutralised cells ('= '+ '- '@): " + neutralised);
    for (String must :
        List.of(
            "signatory GET /register/export",
            "signatory GET /reports/briefing-recipients",
            "actionplan GET /plans/{planId}/export")) {
      if (neutralised.containsKey(must) && neutralised.get(must) == 0) {
        failures.add(
            must
                + ": the formula data entered through the API is not in the export (nothing to check)");
      }
    }
    if (data.planId != null) {
      planExportsRoundTrip(data.planId, failures);
    }
    assertThat(failures).as(String.join("\n  ", failures)).isEmpty();
  }

  /** XLSX export holds text, never formulas; CSV export → import gives the original text back. */
  private static void planExportsRoundTrip(String planId, List<String> failures)
      throws IOException {
    Reply xlsx =
        http.send(
            Call.of("actionplan", "GET", "/plans/" + planId + "/export?format=xlsx")
                .withToken(TestTokens.admin()));
    if (!xlsx.is2xx()) {
      failures.add("XLSX export failed: " + xlsx.describe());
    } else {
      byte[] bytes =
          http.sendBytes(
              Call.of("actionplan", "GET", "/plans/" + planId + "/export?format=xlsx")
                  .withToken(TestTokens.admin()));
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        int formulaTexts = 0;
        for (Sheet sheet : workbook) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.getCellType() == CellType.FORMULA) {
                failures.add(
                    "XLSX export has a formula cell "
                        + cell.getAddress()
                        + ": "
                        + cell.getCellFormula());
              } else if (cell.getCellType() == CellType.STRING
                  && FormulaData.FORMULAS.contains(
                      cell.getStringCellValue().replaceFirst("^'", ""))) {
                formulaTexts++;
              }
            }
          }
        }
        if (formulaTexts == 0) {
          failures.add("XLSX export does not contain the formula-like action texts as text");
        }
      }
    }
    Reply csv =
        http.send(
            Call.of("actionplan", "GET", "/plans/" + planId + "/export?format=csv")
                .withToken(TestTokens.admin()));
    if (!csv.is2xx()) {
      failures.add("CSV export failed: " + csv.describe());
      return;
    }
    Reply imported =
        http.send(
            Call.of("actionplan", "POST", "/plans/import?dryRun=true&title=roundtrip")
                .withToken(TestTokens.admin())
                .withBody(
                    "text/csv", csv.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    if (!imported.is2xx()) {
      failures.add("re-import of the CSV export failed: " + imported.describe());
      return;
    }
    List<String> descriptions = new ArrayList<>();
    Json.parse(imported.body())
        .findValues("description")
        .forEach(n -> descriptions.add(n.asText()));
    if (!descriptions.containsAll(FormulaData.FORMULAS)) {
      failures.add(
          "export → import does not give the original action texts back: expected "
              + FormulaData.FORMULAS
              + " among "
              + descriptions);
    }
  }
}
