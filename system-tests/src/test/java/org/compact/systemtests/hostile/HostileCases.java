package org.compact.systemtests.hostile;

import static org.compact.systemtests.hostile.HostileCase.exactly;
import static org.compact.systemtests.hostile.HostileCase.reject;
import static org.compact.systemtests.hostile.HostileCase.survive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.compact.systemtests.matrix.ApiOperation;
import org.compact.systemtests.matrix.ApiParameter;
import org.compact.systemtests.matrix.Call;
import org.compact.systemtests.matrix.Json;
import org.compact.systemtests.matrix.RequestFactory;
import org.compact.systemtests.matrix.SchemaSet;

/**
 * Hostile requests for one operation, derived from its document: malformed and wrongly typed
 * bodies, wrong content types, every property given wrong types, huge, unicode and injection
 * strings, bad path segments (traversal, SQL, NUL), bad paging and filters, invalid tokens and
 * headers, and for table imports hostile CSV/TSV/XLSX files. At least {@link #MINIMUM} per
 * operation; property cases are sampled (seeded by the operation) so every family appears.
 */
final class HostileCases {
  static final int MINIMUM = 50;
  private static final int MAX_PROPERTY_CASES = 26;
  private static final String PLACEHOLDER = "\"__hostile__\"";

  private final ApiOperation op;
  private final Call base;
  private final RequestFactory factory;
  private final Random random;
  private final List<HostileCase> cases = new ArrayList<>();

  /** An example element for each array-of-objects property, for bodies whose array is empty. */
  private final Map<String, Object> itemExamples = new LinkedHashMap<>();

  private HostileCases(ApiOperation op, Call base, RequestFactory factory) {
    this.op = op;
    this.base = base;
    this.factory = factory;
    this.random = new Random(op.id().hashCode());
  }

  /** {@code base} is a valid request of an allowed caller (token and If-Match set). */
  static List<HostileCase> of(ApiOperation op, Call base, RequestFactory factory) {
    HostileCases generator = new HostileCases(op, base, factory);
    generator.build();
    return generator.cases;
  }

  private void build() {
    if (op.hasJsonBody()) {
      jsonBodies();
    } else if (!op.requestBody().isEmpty()) {
      tableBodies();
    }
    pathParameters();
    queryParameters();
    headers();
    int filler = 0;
    List<HostileValues.Named> values = new ArrayList<>(HostileValues.INJECTION);
    values.addAll(HostileValues.UNICODE);
    while (cases.size() < MINIMUM) {
      HostileValues.Named v = values.get(filler % values.size());
      cases.add(
          survive(
              "unknown query parameter",
              "matrixProbe" + filler + "=" + v.name(),
              withQuery("matrixProbe" + filler, RequestFactory.encode(v.value()))));
      filler++;
    }
  }

  // ------------------------------------------------------------------ JSON bodies

  private void jsonBodies() {
    for (HostileValues.Named m : HostileValues.MALFORMED_JSON) {
      cases.add(reject("malformed JSON", m.name(), base.withJson(m.value())));
    }
    cases.add(reject("malformed JSON", "empty body", base.withJson("")));
    cases.add(reject("malformed JSON", "truncated", base.withJson(truncated(baseJson()))));
    cases.add(
        survive(
            "malformed JSON",
            "invalid UTF-8 bytes",
            base.withBody(
                "application/json",
                concat(
                    "{\"x\":\"".getBytes(),
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                    "\"}".getBytes()))));
    cases.add(
        reject(
            "unknown field",
            "extra top-level member",
            base.withJson(baseJson().replaceFirst("\\{", "{\"matrixUnknownField\":1,"))));
    for (String type :
        List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png")) {
      cases.add(
          reject(
              "wrong content type",
              type,
              base.withBody(type, baseJson().getBytes(StandardCharsets.UTF_8))));
    }
    // JSON without a Content-Type may be read as JSON (lenient, not malformed): it must only
    // survive
    cases.add(
        survive("wrong content type", "no Content-Type", base.withHeader("Content-Type", null)));
    List<HostileCase> properties = new ArrayList<>();
    Map<String, Object> schema = op.requestBody().get("application/json");
    propertyCases(schema, "", properties, 0);
    cases.addAll(sample(properties, MAX_PROPERTY_CASES));
  }

  private String baseJson() {
    return base.body() == null ? "{}" : new String(base.body(), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private void propertyCases(
      Map<String, Object> schema, String prefix, List<HostileCase> out, int depth) {
    SchemaSet schemas = op.schemas();
    List<String> required = schemas.required(schema);
    schemas
        .properties(schema)
        .forEach(
            (name, prop) -> {
              Map<String, Object> resolved = schemas.resolve(prop);
              String path = prefix + name;
              boolean isRequired = required.contains(name);
              for (Literal literal : literals(resolved, isRequired)) {
                out.add(
                    new HostileCase(
                        literal.family,
                        path + " = " + literal.label,
                        base.withJson(bodyWith(path, literal.json)),
                        literal.mustReject,
                        0));
              }
              if (depth == 0 && SchemaSet.type(resolved).equals("array")) {
                Map<String, Object> items = schemas.items(resolved);
                if (SchemaSet.type(items).equals("object")) {
                  itemExamples.put(name, factory.example(op, items));
                  propertyCases(items, name + "[0].", out, depth + 1);
                }
              }
            });
  }

  private record Literal(String family, String label, String json, boolean mustReject) {}

  private List<Literal> literals(Map<String, Object> schema, boolean required) {
    List<Literal> out = new ArrayList<>();
    String type = SchemaSet.type(schema);
    String format = String.valueOf(schema.getOrDefault("format", ""));
    out.add(new Literal("null", "null", "null", required));
    out.add(new Literal("wrong type", "object", "{\"x\":1}", !type.equals("object")));
    switch (type) {
      case "string" -> {
        Number max = (Number) schema.get("maxLength");
        out.add(new Literal("wrong type", "number", "12345", false));
        out.add(new Literal("wrong type", "array", "[\"a\"]", true));
        out.add(
            new Literal(
                "huge string", "100000 chars", JsonText.string(HostileValues.HUGE), max != null));
        if (max != null) {
          out.add(
              new Literal(
                  "huge string",
                  "maxLength+1",
                  JsonText.string("x".repeat(max.intValue() + 1)),
                  true));
        }
        boolean notBlank = String.valueOf(schema.get("pattern")).equals("\\S");
        out.add(new Literal("empty", "empty string", "\"\"", required && notBlank));
        out.add(new Literal("empty", "blank string", "\"   \"", required && notBlank));
        if (!SchemaSet.enumValues(schema).isEmpty()) {
          out.add(new Literal("bad enum", "NOT_A_VALUE", "\"NOT_A_VALUE\"", true));
        }
        switch (format) {
          case "uuid" -> {
            out.add(new Literal("bad id", "not a uuid", "\"not-a-uuid\"", true));
            out.add(new Literal("bad id", "traversal", "\"../../etc/passwd\"", true));
            out.add(new Literal("bad id", "SQL", "\"' OR 1=1--\"", true));
            out.add(
                new Literal(
                    "bad id", "nil uuid", "\"00000000-0000-0000-0000-000000000000\"", false));
          }
          case "date" -> {
            out.add(new Literal("bad date", "30 February", "\"2024-02-30\"", true));
            out.add(new Literal("bad date", "month 13", "\"2024-13-01\"", true));
            out.add(new Literal("bad date", "words", "\"yesterday\"", true));
            out.add(new Literal("bad date", "year 99999", "\"99999-01-01\"", true));
            out.add(new Literal("bad date", "year 0", "\"0000-01-01\"", false));
          }
          case "date-time" -> out.add(new Literal("bad date", "words", "\"not a time\"", true));
          default -> {}
        }
        for (HostileValues.Named v : HostileValues.UNICODE) {
          out.add(new Literal("unicode", v.name(), JsonText.string(v.value()), false));
        }
        for (HostileValues.Named v : HostileValues.INJECTION) {
          out.add(new Literal("injection", v.name(), JsonText.string(v.value()), false));
        }
      }
      case "integer", "number" -> {
        Number min = (Number) schema.get("minimum");
        out.add(new Literal("wrong type", "letters", "\"abc\"", true));
        out.add(new Literal("wrong type", "array", "[1]", true));
        out.add(new Literal("negative", "-1", "-1", min != null && min.doubleValue() >= 0));
        out.add(
            new Literal(
                "huge number",
                "2^31",
                "2147483648",
                type.equals("integer") && "int32".equals(format)));
        out.add(new Literal("huge number", "2^63", "9223372036854775808", type.equals("integer")));
        out.add(new Literal("huge number", "1e309", "1e309", true));
        out.add(new Literal("wrong type", "boolean", "true", false));
      }
      case "boolean" -> {
        out.add(new Literal("wrong type", "word", "\"maybe\"", true));
        out.add(new Literal("wrong type", "array", "[true]", true));
        out.add(new Literal("wrong type", "number 2", "2", false));
      }
      case "array" -> {
        Number maxItems = (Number) schema.get("maxItems");
        out.add(new Literal("wrong type", "string", "\"not an array\"", true));
        out.add(new Literal("wrong type", "number", "7", true));
        out.add(
            new Literal(
                "huge array",
                "10000 items",
                hugeArray(schema),
                maxItems != null && maxItems.intValue() < 10_000));
        out.add(new Literal("null", "array of null", "[null]", false));
        out.add(new Literal("wrong type", "nested arrays", "[[[[\"a\"]]]]", true));
      }
      case "object" -> {
        out.add(new Literal("wrong type", "string", "\"not an object\"", true));
        out.add(new Literal("wrong type", "array", "[]", true));
      }
      default -> {}
    }
    return out;
  }

  private String hugeArray(Map<String, Object> schema) {
    Map<String, Object> items = op.schemas().items(schema);
    Object example = SchemaSet.firstExample(schema);
    String element =
        example instanceof List<?> list && !list.isEmpty()
            ? Json.write(list.get(0))
            : SchemaSet.type(items).equals("string") ? "\"x\"" : "{}";
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < 10_000; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(element);
    }
    return out.append(']').toString();
  }

  /** The base body with one property (path "a" or "items[0].b") set to a raw JSON literal. */
  @SuppressWarnings("unchecked")
  private String bodyWith(String path, String literal) {
    Map<String, Object> body =
        Json.MAPPER.convertValue(Json.parse(baseJson()), LinkedHashMap.class);
    if (body == null) {
      body = new LinkedHashMap<>();
    }
    int bracket = path.indexOf("[0].");
    if (bracket > 0) {
      String array = path.substring(0, bracket);
      String field = path.substring(bracket + 4);
      Object list = body.get(array);
      if ((!(list instanceof List<?> existing) || existing.isEmpty())
          && itemExamples.get(array) instanceof Map<?, ?> example) {
        list = new ArrayList<>(List.of(example));
      }
      if (list instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> first) {
        Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) first);
        item.put(field, "__hostile__");
        List<Object> copy = new ArrayList<>((List<Object>) l);
        copy.set(0, item);
        body.put(array, copy);
      }
    } else {
      body.put(path, "__hostile__");
    }
    return Json.write(body).replace(PLACEHOLDER, literal);
  }

  private static String truncated(String json) {
    return json.length() < 4 ? "{\"a\"" : json.substring(0, json.length() / 2);
  }

  private <T> List<T> sample(List<T> all, int max) {
    if (all.size() <= max) {
      return all;
    }
    // keep the first case of every family, then a seeded random pick of the rest
    List<T> kept = new ArrayList<>();
    List<T> rest = new ArrayList<>();
    java.util.Set<String> families = new java.util.HashSet<>();
    for (T t : all) {
      String family = t instanceof HostileCase c ? c.family() : "";
      if (families.add(family)) {
        kept.add(t);
      } else {
        rest.add(t);
      }
    }
    java.util.Collections.shuffle(rest, random);
    for (T t : rest) {
      if (kept.size() >= max) {
        break;
      }
      kept.add(t);
    }
    return kept;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  // ------------------------------------------------------------------ table imports

  private void tableBodies() {
    List<List<String>> formulas =
        List.of(
            List.of("Objective", "Action", "Priority", "Timescale", "Lead"),
            List.of(
                "=HYPERLINK(\"https://evil.example/\",\"x\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(1+1)",
                "=1+1"));
    List<List<String>> injections =
        List.of(
            List.of("Objective", "Action", "Priority", "Timescale", "Lead"),
            List.of("'; DROP TABLE plan; --", "' OR '1'='1", "High", "June 2003", "admin'--"),
            List.of(
                "Tru\u0000st \u202Eevil",
                "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 zero\u200Bwidth",
                "",
                "",
                ""));
    for (String type :
        List.of(RequestFactory.CSV_TYPE, RequestFactory.TSV_TYPE, RequestFactory.XLSX_TYPE)) {
      if (!op.requestBody().containsKey(type)) {
        continue;
      }
      cases.add(
          survive(
              "formula injection",
              type + " formulas",
              base.withBody(type, RequestFactory.table(type, formulas))));
      cases.add(
          survive(
              "injection",
              type + " SQL and unicode",
              base.withBody(type, RequestFactory.table(type, injections))));
      cases.add(reject("empty file", type + " empty", base.withBody(type, new byte[0])));
      cases.add(
          survive(
              "huge file",
              type + " 10000 columns",
              base.withBody(
                  type,
                  RequestFactory.table(
                      type, List.of(java.util.Collections.nCopies(10_000, "Action"))))));
    }
    String csv = RequestFactory.CSV_TYPE;
    String xlsx = RequestFactory.XLSX_TYPE;
    byte[] random = new byte[4096];
    this.random.nextBytes(random);
    byte[] realXlsx = RequestFactory.xlsx(formulas);
    cases.add(reject("corrupt file", "random bytes as XLSX", base.withBody(xlsx, random)));
    cases.add(
        reject(
            "corrupt file",
            "truncated XLSX",
            base.withBody(xlsx, java.util.Arrays.copyOf(realXlsx, realXlsx.length / 2))));
    cases.add(
        reject("corrupt file", "zip that is not a workbook", base.withBody(xlsx, emptyZip())));
    cases.add(
        reject(
            "corrupt file",
            "CSV sent as XLSX",
            base.withBody(xlsx, RequestFactory.sampleTable(csv))));
    cases.add(survive("corrupt file", "XLSX sent as CSV", base.withBody(csv, realXlsx)));
    cases.add(
        survive(
            "corrupt file",
            "unbalanced quotes",
            base.withBody(
                csv, "Objective,Action\n\"unclosed,cell\nx,y\n".getBytes(StandardCharsets.UTF_8))));
    cases.add(
        survive(
            "corrupt file",
            "NUL bytes",
            base.withBody(
                csv, "Objective,Action\nA\u0000B,C\u0000\n".getBytes(StandardCharsets.UTF_8))));
    cases.add(
        survive(
            "corrupt file",
            "UTF-16 CSV",
            base.withBody(csv, "Objective,Action\nA,B\n".getBytes(StandardCharsets.UTF_16))));
    cases.add(
        survive(
            "corrupt file",
            "header only",
            base.withBody(csv, "Objective,Action,Priority\n".getBytes(StandardCharsets.UTF_8))));
    cases.add(survive("huge file", "3 MB of rows", base.withBody(csv, bigCsv())));
    cases.add(
        survive(
            "formula injection",
            "XLSX with formula cells",
            base.withBody(xlsx, FormulaWorkbook.withFormulaCells())));
    cases.add(
        survive(
            "formula injection",
            "saved for real (dryRun=false)",
            withQuery("dryRun", "false").withBody(csv, RequestFactory.table(csv, formulas))));
    cases.add(
        reject(
            "wrong content type",
            "application/json",
            base.withBody("application/json", RequestFactory.sampleTable(csv))));
    cases.add(
        reject(
            "wrong content type",
            "image/png",
            base.withBody("image/png", RequestFactory.sampleTable(csv))));
    cases.add(
        reject("wrong content type", "no Content-Type", base.withHeader("Content-Type", null)));
  }

  private static byte[] emptyZip() {
    try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
      zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bigCsv() {
    StringBuilder out = new StringBuilder("Objective,Action,Priority,Timescale,Lead\n");
    while (out.length() < 3_000_000) {
      out.append("Aim,Do something useful,High,June 2003,Officer\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ path, query, headers

  private void pathParameters() {
    for (ApiParameter p : op.parameters("path")) {
      for (HostileValues.Named v : HostileValues.BAD_PATH_SEGMENTS) {
        String path = factory.path(op, Map.of(p.name(), v.value())) + query();
        cases.add(reject("bad path segment", p.name() + " = " + v.name(), base.withPath(path)));
      }
    }
  }

  private void queryParameters() {
    for (ApiParameter p : op.parameters("query")) {
      String name = p.name();
      List<String[]> bad = new ArrayList<>();
      List<String[]> odd = new ArrayList<>();
      switch (name) {
        case "page" -> {
          bad.add(new String[] {"-1"});
          bad.add(new String[] {"abc"});
          bad.add(new String[] {"2147483648"});
          bad.add(new String[] {"1.5"});
          odd.add(new String[] {"99999"});
        }
        case "size" -> {
          bad.add(new String[] {"0"});
          bad.add(new String[] {"201"});
          bad.add(new String[] {"-5"});
          bad.add(new String[] {"999999999"});
          bad.add(new String[] {"ten"});
        }
        case "sort" -> {
          bad.add(new String[] {RequestFactory.encode("'; DROP TABLE x; --")});
          bad.add(new String[] {"noSuchField"});
          odd.add(new String[] {"-"});
          odd.add(new String[] {RequestFactory.encode("name,,,-name")});
        }
        default -> typedQuery(p, bad, odd);
      }
      for (String[] v : bad) {
        cases.add(reject("bad query", name + "=" + v[0], withQuery(name, v[0])));
      }
      for (String[] v : odd) {
        cases.add(survive("odd query", name + "=" + Call.shorten(v[0], 40), withQuery(name, v[0])));
      }
    }
  }

  private void typedQuery(ApiParameter p, List<String[]> bad, List<String[]> odd) {
    Map<String, Object> schema = p.schema();
    String type = SchemaSet.type(schema);
    String format = p.format();
    Map<String, Object> items = op.schemas().items(schema);
    if (!SchemaSet.enumValues(schema).isEmpty() || !SchemaSet.enumValues(items).isEmpty()) {
      bad.add(new String[] {"NOT_A_VALUE"});
    }
    if (type.equals("boolean")) {
      bad.add(new String[] {"maybe"});
    } else if (type.equals("integer") || type.equals("number")) {
      bad.add(new String[] {"abc"});
      bad.add(new String[] {"99999999999999999999"});
    } else if (format.equals("date")) {
      bad.add(new String[] {"2024-02-30"});
      bad.add(new String[] {"yesterday"});
    } else if (format.equals("uuid")) {
      bad.add(new String[] {"not-a-uuid"});
      bad.add(new String[] {RequestFactory.encode("../../etc/passwd")});
    }
    odd.add(new String[] {RequestFactory.encode(HostileValues.INJECTION.get(0).value())});
    odd.add(new String[] {RequestFactory.encode(HostileValues.INJECTION.get(1).value())});
    odd.add(new String[] {RequestFactory.encode(HostileValues.UNICODE.get(0).value())});
    odd.add(new String[] {"Tru%00st"});
    odd.add(new String[] {"a".repeat(3000)});
  }

  private void headers() {
    cases.add(exactly(401, "invalid token", "not a JWT", base.withToken("garbage")));
    cases.add(exactly(401, "invalid token", "three empty parts", base.withToken("a.b.c")));
    cases.add(exactly(401, "invalid token", "alg none", base.withToken(unsignedToken())));
    cases.add(exactly(401, "invalid token", "6000 chars", base.withToken("x".repeat(6000))));
    cases.add(
        survive(
            "invalid token",
            "Basic scheme",
            base.withHeader("Authorization", "Basic dXNlcjpwYXNz")));
    if (op.header("If-Match").isPresent()) {
      cases.add(reject("bad If-Match", "stale \"-1\"", base.withHeader("If-Match", "\"-1\"")));
      cases.add(reject("bad If-Match", "words", base.withHeader("If-Match", "\"not-a-version\"")));
      cases.add(reject("bad If-Match", "unquoted", base.withHeader("If-Match", "abc")));
      cases.add(
          reject(
              "bad If-Match", "huge", base.withHeader("If-Match", "\"" + "9".repeat(3000) + "\"")));
    }
    if (op.header("Idempotency-Key").isPresent()) {
      cases.add(
          survive(
              "odd Idempotency-Key",
              "3000 chars",
              base.withHeader("Idempotency-Key", "k".repeat(3000))));
      cases.add(
          survive("odd Idempotency-Key", "SQL", base.withHeader("Idempotency-Key", "' OR '1'='1")));
    }
    cases.add(survive("odd header", "Accept XML", base.withHeader("Accept", "application/xml")));
    cases.add(
        survive(
            "odd header",
            "X-Request-Id markup",
            base.withHeader("X-Request-Id", "<script>alert(1)</script>")));
    cases.add(
        survive(
            "odd header",
            "X-Request-Id 3000 chars",
            base.withHeader("X-Request-Id", "r".repeat(3000))));
    cases.add(
        reject(
            "bad path",
            "NUL after the path",
            base.withPath(factory.path(op, Map.of()) + "%00" + query())));
  }

  private static String unsignedToken() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header =
        b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String claims =
        b64.encodeToString(
            ("{\"iss\":\"https://compact.test/issuer\",\"sub\":\"forger\",\"groups\":[\"compact-admin\"],"
                    + "\"exp\":4102444800}")
                .getBytes(StandardCharsets.UTF_8));
    return header + "." + claims + ".";
  }

  private String query() {
    String raw = base.rawPathAndQuery();
    int q = raw.indexOf('?');
    return q < 0 ? "" : raw.substring(q);
  }

  /** The base request with one query parameter set (raw value, already encoded). */
  private Call withQuery(String name, String rawValue) {
    String raw = base.rawPathAndQuery();
    int q = raw.indexOf('?');
    String path = q < 0 ? raw : raw.substring(0, q);
    Map<String, String> params = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : raw.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
      }
    }
    params.put(name, rawValue);
    StringBuilder out = new StringBuilder(path).append('?');
    params.forEach((k, v) -> out.append(k).append('=').append(v).append('&'));
    out.setLength(out.length() - 1);
    return base.withPath(out.toString());
  }
}
