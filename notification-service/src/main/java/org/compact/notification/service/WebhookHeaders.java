package org.compact.notification.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.WebhookSignature;

/** The headers of a delivery attempt (documented in the README and the OpenAPI description). */
public final class WebhookHeaders {
  public static final String EVENT_ID = "Compact-Event-Id";
  public static final String EVENT_TYPE = "Compact-Event-Type";
  public static final String DELIVERY_ID = "Compact-Delivery-Id";
  public static final String ATTEMPT = "Compact-Delivery-Attempt";
  public static final String SUBSCRIPTION_ID = "Compact-Subscription-Id";
  public static final String TIMESTAMP = "Compact-Timestamp";
  public static final String SIGNATURE = "Compact-Signature";
  public static final String USER_AGENT = "Compact-Webhooks/1.0";

  private WebhookHeaders() {}

  /** Signed with every secret given (the current one first). */
  public static Map<String, String> of(
      Delivery delivery, Instant attemptAt, List<String> secrets, String body) {
    long timestamp = attemptAt.getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", USER_AGENT);
    headers.put(EVENT_ID, delivery.eventId.toString());
    headers.put(EVENT_TYPE, delivery.eventType);
    headers.put(DELIVERY_ID, delivery.id.toString());
    headers.put(ATTEMPT, Integer.toString(delivery.attemptCount + 1));
    headers.put(SUBSCRIPTION_ID, delivery.subscriptionId.toString());
    headers.put(TIMESTAMP, Long.toString(timestamp));
    headers.put(
        SIGNATURE,
        WebhookSignature.header(secrets, timestamp, body.getBytes(StandardCharsets.UTF_8)));
    return headers;
  }
}
