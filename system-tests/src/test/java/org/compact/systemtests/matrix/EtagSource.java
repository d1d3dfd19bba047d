package org.compact.systemtests.matrix;

import java.util.List;
import java.util.Optional;

/**
 * The current ETag for a state-changing operation: from the GET of the same path, or of the nearest
 * ancestor path that has a GET (a section's If-Match is its plan's ETag).
 */
public final class EtagSource {
  private final List<ApiOperation> operations;
  private final RequestFactory factory;
  private final Http http;

  public EtagSource(List<ApiOperation> operations, RequestFactory factory, Http http) {
    this.operations = operations;
    this.factory = factory;
    this.http = http;
  }

  public Optional<String> current(ApiOperation op, List<String> tokens) {
    for (ApiOperation read : readsOf(op)) {
      String path = factory.path(read, java.util.Map.of());
      for (String token : tokens) {
        Reply reply = http.send(Call.of(op.service(), "GET", path).withToken(token));
        Optional<String> etag = reply.header("ETag");
        if (reply.is2xx() && etag.isPresent()) {
          return etag;
        }
      }
    }
    return Optional.empty();
  }

  /** The GETs of the path and of its ancestors, nearest first. */
  List<ApiOperation> readsOf(ApiOperation op) {
    List<ApiOperation> reads = new java.util.ArrayList<>();
    String path = op.path();
    while (!path.isEmpty()) {
      String candidate = path;
      operations.stream()
          .filter(o -> o.service().equals(op.service()))
          .filter(o -> o.method().equals("GET") && o.path().equals(candidate))
          .findFirst()
          .ifPresent(reads::add);
      int slash = path.lastIndexOf('/');
      path = slash <= 0 ? "" : path.substring(0, slash);
    }
    return reads;
  }
}
