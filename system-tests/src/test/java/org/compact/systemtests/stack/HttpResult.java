package org.compact.systemtests.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One HTTP answer of a service: status, headers and body, with JSON helpers. */
public record HttpResult(
    String method, String uri, int status, Map<String, List<String>> headers, String body) {

  /** The body as JSON (fails when it is not JSON). */
  public JsonNode json() {
    return Json.parse(body);
  }

  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  public String etag() {
    return header("ETag").orElseThrow(() -> new AssertionError(describe() + ": no ETag header"));
  }

  public String contentType() {
    return header("Content-Type").orElse("");
  }

  public boolean is2xx() {
    return status >= 200 && status < 300;
  }

  /** Fails with the method, URI, status and body unless the status is one of {@code expected}. */
  public HttpResult expect(int... expected) {
    if (Arrays.stream(expected).noneMatch(s -> s == status)) {
      throw new AssertionError(
          describe()
              + ": expected "
              + Arrays.toString(expected)
              + " but was "
              + status
              + "\n"
              + body);
    }
    return this;
  }

  /** {@link #expect} plus an RFC 9457 problem+json body with that status. */
  public HttpResult expectProblem(int expected) {
    expect(expected);
    if (!contentType().startsWith("application/problem+json")) {
      throw new AssertionError(
          describe()
              + ": a "
              + expected
              + " must be application/problem+json, was "
              + contentType());
    }
    JsonNode problem = json();
    if (problem.path("status").asInt() != expected || !problem.hasNonNull("title")) {
      throw new AssertionError(
          describe() + ": not a problem body with status " + expected + ": " + body);
    }
    return this;
  }

  public String describe() {
    return method + " " + uri + " -> " + status;
  }
}
