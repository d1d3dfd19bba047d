package org.compact.systemtests.matrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A service's answer; status -1 when no HTTP answer came (connection reset, timeout). */
public record Reply(int status, Map<String, List<String>> headers, String body, String failure) {

  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  public String contentType() {
    return header("Content-Type").orElse("");
  }

  public boolean is2xx() {
    return status >= 200 && status < 300;
  }

  public boolean is4xx() {
    return status >= 400 && status < 500;
  }

  /** A server error, or no answer at all (the connection was dropped). */
  public boolean is5xx() {
    return status >= 500 || status == -1;
  }

  /** The client itself refused to send the request (e.g. an illegal URI): nothing was tried. */
  public boolean notSent() {
    return status == -2;
  }

  public String describe() {
    return (status < 0 ? "no answer (" + failure + ")" : String.valueOf(status))
        + " "
        + contentType()
        + " "
        + Call.shorten(body, 400);
  }
}
