package org.compact.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Webhook settings. Only the secret encryption key has no default: production must set it. */
@ConfigMapping(prefix = "compact.notification")
public interface NotificationConfig {
  /**
   * Key material (at least 32 characters of a random value) from which the AES-256-GCM key that
   * encrypts stored subscription secrets is derived. Required: the service does not start without
   * it (only the dev and test profiles have a value).
   */
  String secretKey();

  /** How long a rotated-out secret still signs deliveries, next to the new one. */
  @WithDefault("24h")
  Duration previousSecretOverlap();

  Targets targets();

  Retry retry();

  Pause pause();

  Dispatch dispatch();

  /** SSRF rules for webhook URLs. */
  interface Targets {
    /** Tests and the local stack: allow http:// and any port when every address is loopback. */
    @WithDefault("false")
    boolean allowLoopbackHttp();

    /** Ports webhook URLs may use (the NetworkPolicy of deploy/k8s opens the same). */
    @WithDefault("443")
    Set<Integer> allowedPorts();
  }

  /** Exponential backoff with full jitter (see RetrySchedule). */
  interface Retry {
    @WithDefault("30s")
    Duration base();

    @WithDefault("6h")
    Duration cap();

    /** Retries go on for at least this long before a delivery is given up. */
    @WithDefault("24h")
    Duration window();
  }

  /** When a failing subscription is paused (see PauseRule). */
  interface Pause {
    @WithDefault("50")
    int afterConsecutiveFailures();

    @WithDefault("24h")
    Duration afterFailingFor();

    @WithDefault("3")
    int minFailedAttempts();
  }

  /** The scheduled job that sends due deliveries. */
  interface Dispatch {
    /** How often it looks for due deliveries (also read by the @Scheduled expression). */
    @WithDefault("5s")
    Duration every();

    @WithDefault("50")
    int batchSize();

    /** A run stops taking new deliveries after this long (it holds the lease meanwhile). */
    @WithDefault("20s")
    Duration timeBudget();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest time for one attempt, answer included. */
    @WithDefault("10s")
    Duration requestTimeout();
  }
}
