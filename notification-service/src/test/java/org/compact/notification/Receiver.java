package org.compact.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real webhook receiver on loopback (JDK HttpServer): records every request and answers with the
 * statuses queued for it, then with the default status.
 */
final class Receiver implements AutoCloseable {
  /** One request as received. */
  record Received(String path, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase());
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    long timestamp() {
      return Long.parseLong(header("Compact-Timestamp"));
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final List<Received> all = new ArrayList<>();
  private final Deque<Integer> queued = new ArrayDeque<>();
  private volatile int defaultStatus = 200;

  Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          Map<String, String> headers = new TreeMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
          Received request = new Received(exchange.getRequestURI().getPath(), headers, body);
          int status;
          synchronized (this) {
            status = queued.isEmpty() ? defaultStatus : queued.poll();
          }
          byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
          // only an answered request is visible to the test, which may close the receiver next
          synchronized (this) {
            all.add(request);
          }
          received.add(request);
        });
    server.start();
  }

  /** e.g. http://127.0.0.1:41234/partner-a */
  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  synchronized Receiver answer(Integer... statuses) {
    queued.addAll(List.of(statuses));
    return this;
  }

  Receiver byDefault(int status) {
    defaultStatus = status;
    return this;
  }

  /** The next request, waiting at most {@code timeout} (fails when none comes). */
  Received next(Duration timeout) {
    try {
      Received request = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (request == null) {
        throw new AssertionError("the receiver got no request within " + timeout);
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted");
    }
  }

  /** The next request to {@code path} (others are kept for later calls of {@link #all}). */
  Received next(String path, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no request to " + path + " within " + timeout);
      }
      try {
        Received request = received.poll(left, TimeUnit.NANOSECONDS);
        if (request != null && request.path().equals(path)) {
          return request;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  synchronized List<Received> all() {
    return List.copyOf(all);
  }

  synchronized List<Received> all(String path) {
    return all.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(1); // returns at once unless an answer is still being written
  }
}
