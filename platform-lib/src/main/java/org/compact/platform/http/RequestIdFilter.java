package org.compact.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the caller's {@code X-Request-Id} (or a new one) into the log context and the response. */
public class RequestIdFilter {
  public static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @ServerRequestFilter(preMatching = true)
  public void assign(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    String id =
        given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.setProperty(MDC_KEY, id);
    MDC.put(MDC_KEY, id);
  }

  @ServerResponseFilter
  public void echo(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(MDC_KEY);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
    MDC.remove(MDC_KEY);
  }
}
