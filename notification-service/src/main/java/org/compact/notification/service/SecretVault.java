package org.compact.notification.service;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.compact.notification.config.NotificationConfig;
import org.compact.notification.domain.SecretCipher;

/**
 * Seals and opens subscription secrets with the configured key. Start-up fails when the key is
 * missing (the config mapping requires it), shorter than 32 characters, or, in production, one of
 * the dev/test values.
 */
@ApplicationScoped
public class SecretVault {
  @Inject NotificationConfig config;

  private volatile SecretCipher cipher;

  void checkKeyAtStartup(@Observes StartupEvent event) {
    String key = config.secretKey();
    if (LaunchMode.current() == LaunchMode.NORMAL && isDevOrTestValue(key)) {
      throw new IllegalStateException(
          "compact.notification.secret-key is a dev/test value; set COMPACT_NOTIFICATION_SECRET_KEY"
              + " to a random value of at least 32 characters");
    }
    cipher();
  }

  static boolean isDevOrTestValue(String key) {
    return key != null && (key.startsWith("dev-only-") || key.startsWith("test-only-"));
  }

  public String seal(String secret, UUID subscriptionId) {
    return cipher().encrypt(secret, subscriptionId);
  }

  public String open(String sealed, UUID subscriptionId) {
    return cipher().decrypt(sealed, subscriptionId);
  }

  private SecretCipher cipher() {
    SecretCipher current = cipher;
    if (current == null) {
      try {
        current = SecretCipher.fromKeyMaterial(config.secretKey());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("compact.notification.secret-key: " + e.getMessage(), e);
      }
      cipher = current;
    }
    return current;
  }
}
