package org.compact.notification.domain;

/** ACTIVE subscriptions get attempts; PAUSED ones collect deliveries until the owner resumes. */
public enum SubscriptionStatus {
  ACTIVE,
  PAUSED
}
