package org.compact.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 for a missing or invalid token, 403 for a missing role. */
public class SecurityExceptionMappers {

  @ServerExceptionMapper(priority = 1)
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uriInfo) {
    return unauthorized("The bearer token is invalid or expired", uriInfo);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unauthorized(UnauthorizedException e, UriInfo uriInfo) {
    return unauthorized("A bearer token is required", uriInfo);
  }

  @ServerExceptionMapper(priority = 1)
  public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
    return Problems.response(
        ProblemType.FORBIDDEN, "Your role does not allow this operation", uriInfo, null, null);
  }

  private static Response unauthorized(String detail, UriInfo uriInfo) {
    Response problem = Problems.response(ProblemType.UNAUTHORIZED, detail, uriInfo, null, null);
    return Response.fromResponse(problem)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"compact\"")
        .build();
  }
}
