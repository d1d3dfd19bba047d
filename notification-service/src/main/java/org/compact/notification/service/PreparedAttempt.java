package org.compact.notification.service;

import java.util.Map;
import java.util.UUID;

/**
 * Everything one HTTP attempt needs, read and signed in a short transaction before sending; or,
 * when it cannot be signed, why ({@code unsendable}: the attempt fails without a request).
 */
public record PreparedAttempt(
    UUID deliveryId,
    UUID subscriptionId,
    String url,
    Map<String, String> headers,
    byte[] body,
    String unsendable) {

  static PreparedAttempt unsendable(UUID deliveryId, UUID subscriptionId, String why) {
    return new PreparedAttempt(deliveryId, subscriptionId, null, Map.of(), new byte[0], why);
  }
}
