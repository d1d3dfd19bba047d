package org.compact.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.compact.notification.config.NotificationConfig;
import org.compact.notification.domain.Delivery;
import org.compact.notification.service.TargetGuard.CheckedTarget;

/**
 * POSTs one delivery. Connects to the address the {@link TargetGuard} has just checked (no second
 * name lookup, so DNS rebinding cannot redirect it) while TLS still verifies the host name. No
 * redirects are followed; the answer's body is read and dropped (at most {@value #MAX_BODY} bytes);
 * the whole attempt is bounded by the request timeout.
 */
@ApplicationScoped
public class WebhookSender {
  static final int MAX_BODY = 64 * 1024;

  @Inject Vertx vertx;
  @Inject NotificationConfig config;

  private volatile HttpClient client;

  void close(@Observes ShutdownEvent event) {
    HttpClient current = client;
    if (current != null) {
      current.close();
    }
  }

  public Delivery.Outcome send(CheckedTarget checked, Map<String, String> headers, byte[] body) {
    long timeoutMs = config.dispatch().requestTimeout().toMillis();
    long started = System.nanoTime();
    var target = checked.target();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setHost(target.host())
            .setPort(target.port())
            .setURI(target.pathAndQuery())
            .setSsl(target.https())
            .setServer(
                SocketAddress.inetSocketAddress(
                    new InetSocketAddress(checked.address(), target.port())))
            .setFollowRedirects(false)
            .setTimeout(timeoutMs);
    headers.forEach(options::putHeader);
    AtomicReference<HttpClientRequest> inFlight = new AtomicReference<>();
    CompletableFuture<Integer> status =
        client()
            .request(options)
            .compose(
                request -> {
                  inFlight.set(request);
                  return request.send(Buffer.buffer(body));
                })
            .compose(
                response -> {
                  int code = response.statusCode();
                  AtomicLong read = new AtomicLong();
                  response.handler(
                      chunk -> {
                        if (read.addAndGet(chunk.length()) > MAX_BODY) {
                          response.request().reset();
                        }
                      });
                  return response
                      .end()
                      .map(done -> code)
                      .recover(e -> Future.succeededFuture(code));
                })
            .toCompletionStage()
            .toCompletableFuture();
    try {
      int code = status.get(timeoutMs + 1000, TimeUnit.MILLISECONDS);
      return new Delivery.Outcome(code, elapsedMs(started), null);
    } catch (TimeoutException e) {
      HttpClientRequest request = inFlight.get();
      if (request != null) {
        request.reset();
      }
      return new Delivery.Outcome(
          null, elapsedMs(started), "no answer within " + timeoutMs + " ms");
    } catch (ExecutionException e) {
      return new Delivery.Outcome(null, elapsedMs(started), describe(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery.Outcome(null, elapsedMs(started), "interrupted");
    }
  }

  private static long elapsedMs(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private HttpClient client() {
    HttpClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client =
              vertx.createHttpClient(
                  new HttpClientOptions()
                      .setConnectTimeout((int) config.dispatch().connectTimeout().toMillis())
                      .setKeepAlive(false)
                      .setMaxRedirects(0)
                      .setVerifyHost(true)
                      .setForceSni(true)
                      .setTrustAll(false)
                      .setTryUseCompression(false));
        }
        current = client;
      }
    }
    return current;
  }
}
