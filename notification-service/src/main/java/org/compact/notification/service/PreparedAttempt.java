package org.compact.notification.service;

import java.util.Map;
import java.util.UUID;

/** Everything one HTTP attempt needs, read and signed in a short transaction before sending. */
public record PreparedAttempt(
    UUID deliveryId, UUID subscriptionId, String url, Map<String, String> headers, byte[] body) {}
