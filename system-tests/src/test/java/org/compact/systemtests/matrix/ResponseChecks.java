package org.compact.systemtests.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every error answer must look like: RFC 9457 problem+json, no internals. */
public final class ResponseChecks {
  private static final Pattern INTERNALS =
      Pattern.compile(
          "(?:\\bat [a-z][\\w$]*(?:\\.[\\w$]+)+\\("
              + "|Caused by:"
              + "|\\b(?:java|javax|jakarta|sun|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx"
              + "|io\\.smallrye|io\\.netty|com\\.fasterxml|org\\.jboss|org\\.apache|org\\.compact)"
              + "\\.[a-z][\\w$]*\\.[\\w$.]+"
              + "|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b"
              + "|SQLState|SQL state|\\bERROR: |syntax error at or near|duplicate key value"
              + "|\\bHHH\\d{5,}|\\bRESTEASY\\d+|\\bSRJWT\\d+|\\bSRCFG\\d+)");

  private ResponseChecks() {}

  /** The first trace of a stack trace, an exception class or a database message, if any. */
  public static Optional<String> internals(String body) {
    if (body == null || body.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = INTERNALS.matcher(body);
    if (!m.find()) {
      return Optional.empty();
    }
    int from = Math.max(0, m.start() - 40);
    int to = Math.min(body.length(), m.end() + 40);
    return Optional.of("…" + Call.shorten(body.substring(from, to), 200) + "…");
  }

  /** Why this 4xx is not RFC 9457 problem+json, if it is not. */
  public static Optional<String> notProblem(Reply reply) {
    if (!reply.contentType().toLowerCase().startsWith("application/problem+json")) {
      return Optional.of(
          "Content-Type '" + reply.contentType() + "' is not application/problem+json");
    }
    JsonNode body = Json.parse(reply.body());
    if (!body.isObject()) {
      return Optional.of("body is not a JSON object");
    }
    if (body.path("status").asInt(-1) != reply.status()) {
      return Optional.of("'status' " + body.path("status") + " differs from " + reply.status());
    }
    if (!body.hasNonNull("title") || !body.hasNonNull("type")) {
      return Optional.of("'type' or 'title' missing");
    }
    return Optional.empty();
  }

  /**
   * Whether a 2xx really let the caller do something: a bulk answer ({@code items} with numeric
   * {@code status}) succeeded only where one of its items has a 2xx status.
   */
  public static boolean effectiveSuccess(Reply reply) {
    if (!reply.is2xx()) {
      return false;
    }
    JsonNode items = Json.parse(reply.body()).path("items");
    if (items.isArray() && !items.isEmpty() && items.get(0).path("status").isInt()) {
      for (JsonNode item : items) {
        int status = item.path("status").asInt();
        if (status >= 200 && status < 300) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
