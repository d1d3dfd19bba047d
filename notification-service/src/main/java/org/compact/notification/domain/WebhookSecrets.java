package org.compact.notification.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** New subscription secrets: {@code whsec_} and 32 random bytes, base64url without padding. */
public final class WebhookSecrets {
  public static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecrets() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
