package org.compact.notification.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where webhooks may go (SSRF protection). In production: {@code https://} only, no credentials or
 * fragment in the URL, a port from {@code allowedPorts}, and every address the host resolves to
 * must be public unicast ({@link AddressRanges}); the check is repeated before every attempt, on
 * the address then connected to, so a DNS change after registration (rebinding) cannot reach an
 * internal address. With {@code allowLoopbackHttp} (tests, local stack) a target whose addresses
 * are all loopback may also use {@code http://} and any port; private ranges stay refused.
 */
public record TargetPolicy(boolean allowLoopbackHttp, Set<Integer> allowedPorts) {
  public static final int MAX_URL_LENGTH = 2048;

  public TargetPolicy {
    allowedPorts = Set.copyOf(allowedPorts);
  }

  /** The URL's shape; addresses are checked separately ({@link #checkAddresses}). */
  public WebhookTarget parse(String url) throws TargetRefused {
    if (url == null || url.isBlank()) {
      throw new TargetRefused("the URL is empty");
    }
    if (url.length() > MAX_URL_LENGTH) {
      throw new TargetRefused("the URL is longer than " + MAX_URL_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new TargetRefused("not a valid URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.isOpaque()) {
      throw new TargetRefused("the URL must be absolute, e.g. https://partner.example.org/hook");
    }
    boolean https = scheme.equals("https");
    if (!https && !(scheme.equals("http") && allowLoopbackHttp)) {
      throw new TargetRefused("only https:// URLs are accepted");
    }
    if (uri.getRawUserInfo() != null) {
      throw new TargetRefused("credentials in the URL are not accepted");
    }
    if (uri.getRawFragment() != null) {
      throw new TargetRefused("a fragment (#...) is not accepted");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new TargetRefused("the URL has no host name");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    return new WebhookTarget(uri, host.toLowerCase(Locale.ROOT), port, https, pathAndQuery);
  }

  /**
   * Checks every address the host resolved to; returns the one to connect to (the first). Refused
   * when one of them is not public (a loopback one only passes with allowLoopbackHttp).
   */
  public InetAddress checkAddresses(WebhookTarget target, List<InetAddress> addresses)
      throws TargetRefused {
    if (addresses == null || addresses.isEmpty()) {
      throw new TargetRefused(target.host() + " does not resolve to any address");
    }
    boolean allLoopback = true;
    for (InetAddress address : addresses) {
      Optional<String> kind = AddressRanges.forbiddenKind(address);
      boolean loopback = AddressRanges.isLoopback(address);
      allLoopback &= loopback;
      if (kind.isPresent() && !(loopback && allowLoopbackHttp)) {
        throw new TargetRefused(
            target.host()
                + " resolves to "
                + address.getHostAddress()
                + ", a "
                + kind.get()
                + " address; webhooks only go to public addresses");
      }
    }
    boolean loopbackReceiver = allowLoopbackHttp && allLoopback;
    if (!target.https() && !loopbackReceiver) {
      throw new TargetRefused("only https:// URLs are accepted");
    }
    if (!loopbackReceiver && !allowedPorts.contains(target.port())) {
      throw new TargetRefused(
          "port " + target.port() + " is not allowed for webhooks (allowed: " + allowedPorts + ")");
    }
    return addresses.get(0);
  }
}
