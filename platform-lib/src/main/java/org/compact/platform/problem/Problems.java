package org.compact.platform.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses. */
public final class Problems {
  public static final MediaType MEDIA_TYPE = MediaType.valueOf(Problem.MEDIA_TYPE);

  private Problems() {}

  public static Response response(
      ProblemType type,
      String detail,
      UriInfo uriInfo,
      List<Problem.Violation> violations,
      Map<String, Object> extensions) {
    return response(type.status(), type, detail, uriInfo, violations, extensions);
  }

  public static Response response(
      int status,
      ProblemType type,
      String detail,
      UriInfo uriInfo,
      List<Problem.Violation> violations,
      Map<String, Object> extensions) {
    URI instance = uriInfo == null ? null : URI.create(uriInfo.getRequestUri().getRawPath());
    Problem problem =
        new Problem(type.uri(), type.title(), status, detail, instance, violations, extensions);
    return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
  }
}
