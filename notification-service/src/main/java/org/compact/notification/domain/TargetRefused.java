package org.compact.notification.domain;

/**
 * A webhook URL or the address it resolves to is not allowed (SSRF rules of {@link TargetPolicy}).
 */
public class TargetRefused extends Exception {
  public TargetRefused(String reason) {
    super(reason, null, false, false);
  }
}
