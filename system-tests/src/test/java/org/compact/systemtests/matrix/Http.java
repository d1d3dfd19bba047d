package org.compact.systemtests.matrix;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** java.net.http with the raw paths of {@link Call}; counts every request it sends. */
public final class Http {
  /** Headers java.net.http refuses to set itself; hostile cases do not need them. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final Target target;
  private final HttpClient client;
  private final AtomicLong sent = new AtomicLong();

  public Http(Target target) {
    this.target = target;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public long sent() {
    return sent.get();
  }

  public Reply send(Call call) {
    URI base = target.baseUri(call.service());
    String baseText = base.toString().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(baseText + call.rawPathAndQuery());
    } catch (IllegalArgumentException e) {
      return new Reply(-2, Map.of(), "", "not a URI the client can send: " + e.getMessage());
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                call.method(),
                call.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(call.body()));
    call.headers()
        .forEach(
            (name, value) -> {
              if (!RESTRICTED.contains(name.toLowerCase())) {
                builder.header(name, value);
              }
            });
    sent.incrementAndGet();
    try {
      HttpResponse<byte[]> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().map(),
          new String(response.body(), StandardCharsets.UTF_8),
          null);
    } catch (IOException e) {
      return new Reply(-1, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(-1, Map.of(), "", "interrupted");
    } catch (IllegalArgumentException e) {
      return new Reply(-2, Map.of(), "", "request the client refuses to send: " + e.getMessage());
    }
  }

  /** The raw body of a 2xx answer (binary files), or an empty array. */
  public byte[] sendBytes(Call call) {
    URI uri =
        URI.create(
            target.baseUri(call.service()).toString().replaceAll("/+$", "")
                + call.rawPathAndQuery());
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
    call.headers().forEach(builder::header);
    sent.incrementAndGet();
    try {
      HttpResponse<byte[]> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return response.statusCode() / 100 == 2 ? response.body() : new byte[0];
    } catch (IOException e) {
      return new byte[0];
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new byte[0];
    }
  }

  public static List<String> values(Reply reply, String header) {
    return reply.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(header))
        .flatMap(e -> e.getValue().stream())
        .toList();
  }
}
