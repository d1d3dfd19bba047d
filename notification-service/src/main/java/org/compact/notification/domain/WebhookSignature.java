package org.compact.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code v1=} followed by the lower-case hex of HMAC-SHA256 with the
 * subscription secret (its UTF-8 bytes, {@code whsec_} prefix included) as key, over the UTF-8
 * bytes of the {@code Compact-Timestamp} header value (Unix seconds), a full stop, and the raw
 * request body. While a rotated-out secret is still valid the header carries one {@code v1=} value
 * per secret, separated by ", "; a receiver accepts the delivery when any of them matches.
 */
public final class WebhookSignature {
  public static final String VERSION = "v1";
  private static final String HMAC = "HmacSHA256";

  private WebhookSignature() {}

  /** The hex HMAC of {@code timestamp + "." + body}. */
  public static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** The {@code Compact-Signature} header value for one or more secrets (newest first). */
  public static String header(List<String> secrets, long timestamp, byte[] body) {
    List<String> values = new ArrayList<>();
    for (String secret : secrets) {
      values.add(VERSION + "=" + sign(secret, timestamp, body));
    }
    return String.join(", ", values);
  }

  /** What a receiver does: true when one {@code v1} value of the header matches the secret. */
  public static boolean verify(String header, String secret, long timestamp, byte[] body) {
    if (header == null) {
      return false;
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    for (String part : header.split(",")) {
      String value = part.trim();
      if (value.startsWith(VERSION + "=")
          && MessageDigest.isEqual(
              expected,
              value.substring(VERSION.length() + 1).getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }
}
