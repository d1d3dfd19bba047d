package org.compact.systemtests.matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Valid-looking requests built from the documents: path parameters bound to fixture resources (by
 * the literal segment before them: {@code plans/{planId}}), otherwise the parameter's example or a
 * random UUID; bodies from the schema examples with fixture ids for known fields; business dates
 * moved into {@link #BODY_YEAR} so nothing lands in the years other tests count.
 */
public final class RequestFactory {
  /** Example dates in bodies are moved (by whole years) so the earliest falls in this year. */
  public static final int BODY_YEAR = 2003;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  public static final String CSV_TYPE = "text/csv";
  public static final String TSV_TYPE = "text/tab-separated-values";
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Map<String, String> ids;

  public RequestFactory(Map<String, String> ids) {
    this.ids = ids;
  }

  /** The request without token and without If-Match (the caller adds a fresh one). */
  public Call valid(ApiOperation op) {
    Call call = Call.of(op.service(), op.method(), path(op, Map.of()) + query(op, Map.of()));
    if (op.header("Idempotency-Key").isPresent()) {
      call = call.withHeader("Idempotency-Key", UUID.randomUUID().toString());
    }
    if (op.requestBody().isEmpty()) {
      return call;
    }
    if (op.hasJsonBody()) {
      return call.withJson(Json.write(body(op)));
    }
    String mediaType = op.requestBody().keySet().iterator().next();
    return call.withBody(mediaType, sampleTable(mediaType));
  }

  /** The path with every parameter bound; {@code overrides} are raw (already encoded) values. */
  public String path(ApiOperation op, Map<String, String> overrides) {
    String[] segments = op.path().split("/", -1);
    StringBuilder out = new StringBuilder();
    String previous = "";
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      out.append('/');
      if (segment.startsWith("{") && segment.endsWith("}")) {
        String name = segment.substring(1, segment.length() - 1);
        String value = overrides.get(name);
        if (value == null) {
          value = encode(pathValue(op, previous, name));
        }
        out.append(value);
      } else {
        out.append(segment);
        previous = segment;
      }
    }
    return out.toString();
  }

  public String pathValue(ApiOperation op, String previousSegment, String name) {
    String bound = ids.get(previousSegment + "/{" + name + "}");
    if (bound != null) {
      return bound;
    }
    Optional<ApiParameter> param =
        op.parameters("path").stream().filter(p -> p.name().equals(name)).findFirst();
    if (param.isPresent() && param.get().format().equals("uuid")) {
      return UUID.randomUUID().toString();
    }
    if (param.isPresent() && param.get().example() != null) {
      return String.valueOf(param.get().example());
    }
    if (param.isPresent() && param.get().type().equals("integer")) {
      return "1";
    }
    return UUID.randomUUID().toString();
  }

  /** Required query parameters (example values), plus dryRun=true where offered. */
  public String query(ApiOperation op, Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ApiParameter p : op.parameters("query")) {
      if (p.name().equals("dryRun")) {
        values.put(p.name(), "true");
      } else if (p.required()) {
        values.put(p.name(), encode(scalar(p.schema(), p.example())));
      }
    }
    values.putAll(overrides);
    if (values.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("?");
    values.forEach(
        (k, v) -> {
          if (out.length() > 1) {
            out.append('&');
          }
          out.append(encode(k)).append('=').append(v);
        });
    return out.toString();
  }

  /** The example body of a JSON operation, fixture ids filled in, dates moved. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> body(ApiOperation op) {
    Object built = value(op, op.requestBody().get("application/json"), null, op.schemas(), 0);
    // a deep copy: the examples inside belong to the catalog
    Map<String, Object> body =
        built instanceof Map<?, ?> map
            ? Json.MAPPER.convertValue(map, LinkedHashMap.class)
            : new LinkedHashMap<>();
    moveDates(body);
    return body;
  }

  /** An example value of a schema (fixture ids filled in), as plain maps and lists. */
  public Object example(ApiOperation op, Map<String, Object> schema) {
    return Json.MAPPER.convertValue(value(op, schema, null, op.schemas(), 1), Object.class);
  }

  private Object value(
      ApiOperation op, Map<String, Object> schema, String field, SchemaSet schemas, int depth) {
    Map<String, Object> resolved = schemas.resolve(schema);
    String type = SchemaSet.type(resolved);
    Optional<String> bound = binding(op, field);
    if (bound.isPresent()) {
      if (type.equals("array")) {
        return bound.get().isEmpty() ? List.of() : Arrays.asList(bound.get().split(","));
      }
      return bound.get();
    }
    Object example = SchemaSet.firstExample(resolved);
    switch (type) {
      case "object" -> {
        Map<String, Object> out = new LinkedHashMap<>();
        if (depth > 6) {
          return out;
        }
        schemas
            .properties(resolved)
            .forEach((name, prop) -> out.put(name, value(op, prop, name, schemas, depth + 1)));
        return out;
      }
      case "array" -> {
        if (example instanceof List<?> list && !list.isEmpty()) {
          return list;
        }
        List<Object> out = new ArrayList<>();
        if (depth <= 6) {
          out.add(value(op, schemas.items(resolved), field, schemas, depth + 1));
        }
        return out;
      }
      default -> {
        return scalarValue(resolved, example);
      }
    }
  }

  private Optional<String> binding(ApiOperation op, String field) {
    if (field == null) {
      return Optional.empty();
    }
    String specific = ids.get("op:" + op.method() + " " + op.path() + "#" + field);
    return Optional.ofNullable(specific != null ? specific : ids.get("field:" + field));
  }

  private static Object scalarValue(Map<String, Object> resolved, Object example) {
    if (example != null) {
      return example;
    }
    List<Object> enums = SchemaSet.enumValues(resolved);
    if (!enums.isEmpty()) {
      return enums.get(0);
    }
    String type = SchemaSet.type(resolved);
    String format = String.valueOf(resolved.getOrDefault("format", ""));
    return switch (type) {
      case "integer" -> 1;
      case "number" -> 1.5;
      case "boolean" -> true;
      default ->
          switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> BODY_YEAR + "-06-01";
            case "date-time" -> BODY_YEAR + "-06-01T10:00:00Z";
            case "uri" -> "https://example.org/matrix";
            default -> "Matrix text";
          };
    };
  }

  public static String scalar(Map<String, Object> schema, Object example) {
    return String.valueOf(scalarValue(schema, example));
  }

  /** Moves every date in the body by the same whole number of years. */
  @SuppressWarnings("unchecked")
  static void moveDates(Object body) {
    List<LocalDate> dates = new ArrayList<>();
    collectDates(body, dates);
    if (dates.isEmpty()) {
      return;
    }
    int earliest = dates.stream().mapToInt(LocalDate::getYear).min().orElse(BODY_YEAR);
    int shift = BODY_YEAR - earliest;
    rewriteDates(body, shift);
  }

  private static void collectDates(Object node, List<LocalDate> out) {
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(v -> collectDates(v, out));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collectDates(v, out));
    } else if (node instanceof String s && DATE.matcher(s).matches()) {
      parse(s).ifPresent(out::add);
    }
  }

  @SuppressWarnings("unchecked")
  private static void rewriteDates(Object node, int shift) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> m = (Map<String, Object>) map;
      m.replaceAll((k, v) -> rewritten(v, shift));
      m.values().forEach(v -> rewriteDates(v, shift));
    } else if (node instanceof List<?> list) {
      List<Object> l = (List<Object>) list;
      l.replaceAll(v -> rewritten(v, shift));
      l.forEach(v -> rewriteDates(v, shift));
    }
  }

  private static Object rewritten(Object value, int shift) {
    if (value instanceof String s && DATE.matcher(s).matches()) {
      return parse(s).map(d -> d.plusYears(shift).toString()).orElse(s);
    }
    return value;
  }

  private static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A one-action plan table in the given format. */
  public static byte[] sampleTable(String mediaType) {
    List<List<String>> rows =
        List.of(
            List.of("Objective", "Action", "Priority", "Timescale", "Lead"),
            List.of(
                "To raise awareness of the Compact",
                "Report to the Partnership Forum",
                "High",
                "June 2003",
                "Policy Officer"));
    return table(mediaType, rows);
  }

  public static byte[] table(String mediaType, List<List<String>> rows) {
    if (mediaType.startsWith(XLSX_TYPE)) {
      return xlsx(rows);
    }
    char separator = mediaType.startsWith(TSV_TYPE) ? '\t' : ',';
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(separator);
        }
        String cell = row.get(i);
        boolean quote =
            cell.indexOf(separator) >= 0
                || cell.contains("\"")
                || cell.contains("\n")
                || cell.contains("\r");
        out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      out.append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Plan");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
