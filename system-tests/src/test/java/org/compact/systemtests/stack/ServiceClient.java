package org.compact.systemtests.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP calls to one service of the stack through its public API, as a given caller (a bearer token
 * from {@code TestTokens}, or none). Immutable: {@link #as} and {@link #header} return new clients.
 */
public final class ServiceClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final String token;
  private final Map<String, String> headers;

  public ServiceClient(URI base) {
    this(base, null, Map.of());
  }

  private ServiceClient(URI base, String token, Map<String, String> headers) {
    this.base = base;
    this.token = token;
    this.headers = Map.copyOf(headers);
  }

  public URI base() {
    return base;
  }

  /** The same service as the caller holding {@code bearerToken} (null = no token). */
  public ServiceClient as(String bearerToken) {
    return new ServiceClient(base, bearerToken, headers);
  }

  /** Adds a header to every request of the returned client. */
  public ServiceClient header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ServiceClient(base, token, more);
  }

  public ServiceClient ifMatch(String etag) {
    return header("If-Match", etag);
  }

  public HttpResult get(String path) {
    return send("GET", path, null, null);
  }

  public HttpResult delete(String path) {
    return send("DELETE", path, null, null);
  }

  /** POST with a JSON body: a JSON string, or an object serialised by Jackson. */
  public HttpResult post(String path, Object body) {
    return send("POST", path, "application/json", body == null ? null : bytes(Json.write(body)));
  }

  public HttpResult put(String path, Object body) {
    return send("PUT", path, "application/json", bytes(Json.write(body)));
  }

  public HttpResult send(String method, String path, String contentType, byte[] body) {
    URI uri = base.resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json, application/problem+json, */*")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null && body != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new HttpResult(
          method, uri.toString(), response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + method + " " + uri, e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
