package org.compact.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Map;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;

/**
 * ETags are the resource {@code version}. State changes on an existing resource require {@code
 * If-Match}: 428 without it, 412 when it names another version.
 */
public final class ETags {
  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  public static Response.ResponseBuilder ok(Object body, long version) {
    return Response.ok(body).tag(of(version));
  }

  public static void requireIfMatch(HttpHeaders headers, long currentVersion) {
    requireIfMatch(headers.getHeaderString(HttpHeaders.IF_MATCH), currentVersion);
  }

  public static void requireIfMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "This change needs an If-Match header with the resource's current ETag",
          null,
          Map.of("currentEtag", "\"" + currentVersion + "\""));
    }
    String current = Long.toString(currentVersion);
    boolean matches =
        Arrays.stream(ifMatch.split(","))
            .map(String::trim)
            .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
            .map(tag -> tag.replace("\"", ""))
            .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    if (!matches) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "If-Match " + ifMatch + " does not match the current version",
          null,
          Map.of("currentEtag", "\"" + currentVersion + "\""));
    }
  }
}
