package org.compact.systemtests.matrix;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request to a service: the raw path with its query (sent as written, so hostile encodings
 * reach the server unchanged), headers, and an optional body.
 */
public record Call(
    String service,
    String method,
    String rawPathAndQuery,
    Map<String, String> headers,
    byte[] body) {

  public static Call of(String service, String method, String rawPathAndQuery) {
    return new Call(service, method, rawPathAndQuery, new LinkedHashMap<>(), null);
  }

  public Call withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return new Call(service, method, rawPathAndQuery, copy, body);
  }

  public Call withToken(String token) {
    return withHeader("Authorization", token == null ? null : "Bearer " + token);
  }

  public Call withBody(String contentType, byte[] bytes) {
    return new Call(service, method, rawPathAndQuery, headers, bytes)
        .withHeader("Content-Type", contentType);
  }

  public Call withJson(String json) {
    return withBody("application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  public Call withPath(String newRawPathAndQuery) {
    return new Call(service, method, newRawPathAndQuery, headers, body);
  }

  /** For reports: method, path and a short body, never a token. */
  public String describe() {
    StringBuilder out = new StringBuilder(method).append(' ').append(shorten(rawPathAndQuery, 160));
    headers.forEach(
        (k, v) -> {
          if (!k.equalsIgnoreCase("Authorization")) {
            out.append(" [").append(k).append(": ").append(shorten(v, 60)).append(']');
          }
        });
    if (body != null) {
      out.append(" body=").append(shorten(new String(body, StandardCharsets.UTF_8), 300));
    }
    return out.toString();
  }

  public static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
    return oneLine.length() <= max
        ? oneLine
        : oneLine.substring(0, max) + "…(" + oneLine.length() + " chars)";
  }
}
