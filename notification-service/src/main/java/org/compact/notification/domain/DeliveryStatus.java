package org.compact.notification.domain;

/** PENDING: an attempt is due at nextAttemptAt; DELIVERED: a 2xx answer; FAILED: given up. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
