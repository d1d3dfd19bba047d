package org.compact.notification.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Address ranges a webhook may never reach: everything that is not public unicast (loopback,
 * private, link-local incl. cloud metadata 169.254.169.254, carrier-grade NAT, unique local,
 * multicast, reserved, documentation and benchmark ranges). IPv6 addresses that embed an IPv4
 * address (compatible, NAT64, 6to4) are judged by the embedded address.
 */
public final class AddressRanges {
  /** A forbidden range and its name. */
  record Range(byte[] network, int prefix, String kind) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  public static final String LOOPBACK = "loopback";

  private static final List<Range> FORBIDDEN =
      List.of(
          range("0.0.0.0", 8, "unspecified (this network)"),
          range("10.0.0.0", 8, "private"),
          range("100.64.0.0", 10, "carrier-grade NAT"),
          range("127.0.0.0", 8, LOOPBACK),
          range("169.254.0.0", 16, "link-local"),
          range("172.16.0.0", 12, "private"),
          range("192.0.0.0", 24, "IETF protocol assignment"),
          range("192.0.2.0", 24, "documentation"),
          range("192.168.0.0", 16, "private"),
          range("198.18.0.0", 15, "benchmarking"),
          range("198.51.100.0", 24, "documentation"),
          range("203.0.113.0", 24, "documentation"),
          range("224.0.0.0", 4, "multicast"),
          range("240.0.0.0", 4, "reserved or broadcast"),
          range("::", 128, "unspecified"),
          range("::1", 128, LOOPBACK),
          range("fe80::", 10, "link-local"),
          range("fec0::", 10, "site-local"),
          range("fc00::", 7, "unique local (private)"),
          range("ff00::", 8, "multicast"),
          range("2001:db8::", 32, "documentation"),
          range("100::", 64, "discard-only"));

  private static final byte[] NAT64_PREFIX = bytes("64:ff9b::");

  private AddressRanges() {}

  /** The kind of forbidden range the address is in, or empty for a public unicast address. */
  public static Optional<String> forbiddenKind(InetAddress address) {
    byte[] raw = address.getAddress();
    Optional<byte[]> embedded = embeddedIpv4(address, raw);
    if (embedded.isPresent()) {
      raw = embedded.get();
    }
    for (Range range : FORBIDDEN) {
      if (range.contains(raw)) {
        return Optional.of(range.kind());
      }
    }
    return Optional.empty();
  }

  public static boolean isLoopback(InetAddress address) {
    return forbiddenKind(address).filter(LOOPBACK::equals).isPresent();
  }

  private static Optional<byte[]> embeddedIpv4(InetAddress address, byte[] raw) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= raw[i] == 0;
    }
    boolean mapped = Arrays.equals(Arrays.copyOf(raw, 12), mappedPrefix());
    if ((compatible && !isZeroOrOne(raw)) || mapped) {
      return Optional.of(Arrays.copyOfRange(raw, 12, 16));
    }
    if (Arrays.equals(Arrays.copyOf(raw, 12), Arrays.copyOf(NAT64_PREFIX, 12))) {
      return Optional.of(Arrays.copyOfRange(raw, 12, 16));
    }
    if ((raw[0] & 0xff) == 0x20 && (raw[1] & 0xff) == 0x02) {
      return Optional.of(Arrays.copyOfRange(raw, 2, 6)); // 6to4
    }
    return Optional.empty();
  }

  /** :: and ::1 are IPv6 addresses of their own, not IPv4-compatible ones. */
  private static boolean isZeroOrOne(byte[] raw) {
    for (int i = 12; i < 15; i++) {
      if (raw[i] != 0) {
        return false;
      }
    }
    return raw[15] == 0 || raw[15] == 1;
  }

  private static byte[] mappedPrefix() {
    byte[] prefix = new byte[12];
    prefix[10] = (byte) 0xff;
    prefix[11] = (byte) 0xff;
    return prefix;
  }

  private static Range range(String network, int prefix, String kind) {
    return new Range(bytes(network), prefix, kind);
  }

  private static byte[] bytes(String literal) {
    try {
      InetAddress address = InetAddress.getByName(literal); // a literal: no DNS lookup
      byte[] raw = address.getAddress();
      if (literal.contains(":") && address instanceof Inet4Address) {
        throw new IllegalArgumentException(literal + " collapsed to IPv4");
      }
      return raw;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }
}
