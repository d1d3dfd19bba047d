package org.compact.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Anything unexpected: logged with an error id, answered without internals. */
@Provider
public class CatchAllExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(CatchAllExceptionMapper.class);

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    Response mapped = PersistenceExceptionMappers.mapCause(e, uriInfo);
    return mapped != null ? mapped : internalError(e, uriInfo);
  }

  static Response internalError(Throwable e, UriInfo uriInfo) {
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "unexpected error %s", errorId);
    return Problems.response(
        ProblemType.INTERNAL,
        "An unexpected error occurred; quote error id " + errorId,
        uriInfo,
        null,
        Map.of("errorId", errorId));
  }
}
