package org.compact.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks, before anything starts, that every port the stack needs is free. */
final class Ports {
  private final String host;
  private final Map<String, Integer> wanted = new LinkedHashMap<>();
  private final Map<String, String> hints = new LinkedHashMap<>();

  Ports(String host) {
    this.host = host;
  }

  /** Registers a port with what uses it and how to choose another one. */
  Ports need(String user, int port, String hint) {
    wanted.put(user, port);
    hints.put(user, hint);
    return this;
  }

  void requireFree() {
    List<String> problems = new ArrayList<>();
    wanted.forEach(
        (user, port) -> {
          if (!isFree(host, port)) {
            problems.add("  port %d (%s) is in use; %s".formatted(port, user, hints.get(user)));
          }
        });
    if (!problems.isEmpty()) {
      throw new StackException(
          "Cannot start: ports on "
              + host
              + " are taken by other programs:\n"
              + String.join("\n", problems)
              + "\n  (ss -ltnp shows who holds them)");
    }
  }

  static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
