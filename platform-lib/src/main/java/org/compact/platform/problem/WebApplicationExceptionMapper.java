package org.compact.platform.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Framework errors (unknown route, wrong method or media type, bad parameter) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e instanceof NotFoundException && e.getCause() != null) {
      // JAX-RS answers 404 when a path or query parameter cannot be converted: that is bad input.
      return Problems.response(
          ProblemType.MALFORMED_REQUEST, "A parameter has an invalid value", uriInfo, null, null);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail = status >= 500 ? type.title() : safeMessage(e, type);
    Response problem = Problems.response(status, type, detail, uriInfo, null, null);
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }
    return problem;
  }

  private static String safeMessage(WebApplicationException e, ProblemType type) {
    String message = e.getMessage();
    if (message == null || message.startsWith("HTTP ") || message.contains("Exception")) {
      return type.title();
    }
    return message;
  }
}
