package org.compact.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A concurrent update that slipped past If-Match is 412; a unique constraint is 409; a database
 * that cannot be reached is 503 (readiness reports it too); a value PostgreSQL cannot store is 400.
 */
public class PersistenceExceptionMappers {
  private static final Logger LOG = Logger.getLogger(PersistenceExceptionMappers.class);

  @ServerExceptionMapper(priority = 1)
  public Response optimisticLock(OptimisticLockException e, UriInfo uriInfo) {
    return Problems.response(
        ProblemType.PRECONDITION_FAILED,
        "The resource was changed by someone else; fetch it again",
        uriInfo,
        null,
        null);
  }

  @ServerExceptionMapper(priority = 1)
  public Response stale(StaleStateException e, UriInfo uriInfo) {
    return optimisticLock(null, uriInfo);
  }

  @ServerExceptionMapper(priority = 1)
  public Response persistence(PersistenceException e, UriInfo uriInfo) {
    Response mapped = mapCause(e, uriInfo);
    if (mapped != null) {
      return mapped;
    }
    return CatchAllExceptionMapper.internalError(e, uriInfo);
  }

  @ServerExceptionMapper(priority = 1)
  public Response sql(SQLException e, UriInfo uriInfo) {
    Response mapped = mapCause(e, uriInfo);
    return mapped != null ? mapped : CatchAllExceptionMapper.internalError(e, uriInfo);
  }

  static Response mapCause(Throwable e, UriInfo uriInfo) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
        return Problems.response(
            ProblemType.PRECONDITION_FAILED,
            "The resource was changed by someone else; fetch it again",
            uriInfo,
            null,
            null);
      }
      if (t instanceof ConstraintViolationException) {
        return Problems.response(
            ProblemType.CONFLICT,
            "The request conflicts with existing data (a duplicate or concurrent request)",
            uriInfo,
            null,
            null);
      }
      if (isUnstorableValue(t)) {
        return Problems.response(
            ProblemType.MALFORMED_REQUEST,
            "A value in the request cannot be stored or compared: it contains a NUL character"
                + " (U+0000), is too long, or is out of range",
            uriInfo,
            null,
            null);
      }
      if (isConnectionFailure(t)) {
        LOG.warnf("database unavailable: %s", t.getMessage());
        return Response.fromResponse(
                Problems.response(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The database is unavailable; try again shortly",
                    uriInfo,
                    null,
                    null))
            .header("Retry-After", "5")
            .build();
      }
    }
    return null;
  }

  /**
   * PostgreSQL data exceptions caused by the request's own values, e.g. a NUL character in a text
   * parameter (22021), which no Bean Validation constraint catches: a 400, never a 500.
   */
  static boolean isUnstorableValue(Throwable t) {
    return t instanceof SQLException sql && UNSTORABLE_VALUE_STATES.contains(sql.getSQLState());
  }

  private static final java.util.Set<String> UNSTORABLE_VALUE_STATES =
      java.util.Set.of("22021", "22P05", "22001", "22003", "22008");

  /**
   * Terminated by an administrator, crash or shutdown in progress, cannot connect now, too many.
   */
  private static final java.util.Set<String> UNAVAILABLE_STATES =
      java.util.Set.of("57P01", "57P02", "57P03", "53300");

  static boolean isConnectionFailure(Throwable t) {
    if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      String message = String.valueOf(sql.getMessage());
      return (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)))
          || (state != null && state.equals("55000") && message.contains("not currently accepting"))
          || message.contains("Acquisition timeout");
    }
    // Hibernate wraps a refused connection (e.g. a database closed to connections) this way
    return t instanceof org.hibernate.exception.GenericJDBCException
        && String.valueOf(t.getMessage()).startsWith("Unable to acquire JDBC Connection");
  }
}
