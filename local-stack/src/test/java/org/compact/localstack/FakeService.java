package org.compact.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A stand-in for a service jar in tests: answers 200 on every path at {@code QUARKUS_HTTP_PORT} and
 * appends each request ({@code path authorization}) to {@code FAKE_REQUEST_LOG}. {@code FAKE_MODE}:
 * {@code serve} (default); {@code exit} (exit 0 at once, for checking a cache with {@code
 * -XX:AOTMode=on}); {@code exit-with-aot-cache} (exit 3 when started with {@code -XX:AOTCache},
 * serve otherwise); {@code fail} (exit 3 at once).
 */
public final class FakeService {
  private FakeService() {}

  public static void main(String[] args) throws IOException {
    String mode = System.getenv().getOrDefault("FAKE_MODE", "serve");
    boolean withCache =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .anyMatch(argument -> argument.startsWith("-XX:AOTCache="));
    if (mode.equals("exit")) {
      System.out.println("fake service: exit");
      return;
    }
    if (mode.equals("fail") || (mode.equals("exit-with-aot-cache") && withCache)) {
      System.out.println("fake service: failing on purpose");
      System.exit(3);
    }
    Path requestLog = Path.of(System.getenv("FAKE_REQUEST_LOG"));
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(
                "127.0.0.1", Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))),
            0);
    server.createContext("/", exchange -> answer(exchange, requestLog));
    server.start();
    System.out.println("fake service: serving");
  }

  private static void answer(HttpExchange exchange, Path requestLog) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Files.writeString(
        requestLog,
        exchange.getRequestURI() + " " + authorization + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
