package org.compact.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.compact.notification.config.NotificationConfig;
import org.compact.notification.domain.TargetPolicy;
import org.compact.notification.domain.TargetRefused;
import org.compact.notification.domain.WebhookTarget;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;

/**
 * Applies the SSRF rules with fresh name resolution: when a subscription is registered or changed
 * (422), and again before every attempt, which then connects to the address just checked.
 */
@ApplicationScoped
public class TargetGuard {
  @Inject HostResolver resolver;
  @Inject NotificationConfig config;

  /** A target that passed the rules and the address to connect to. */
  public record CheckedTarget(WebhookTarget target, InetAddress address) {}

  public TargetPolicy policy() {
    return new TargetPolicy(config.targets().allowLoopbackHttp(), config.targets().allowedPorts());
  }

  /** For the API: 422 naming the rule the URL breaks. */
  public void requireAcceptable(String url) {
    try {
      check(url);
    } catch (TargetRefused e) {
      throw ProblemException.ruleViolation(
          "The webhook URL is not accepted: " + e.getMessage(),
          List.of(new Problem.Violation("url", e.getMessage())));
    }
  }

  public CheckedTarget check(String url) throws TargetRefused {
    TargetPolicy policy = policy();
    WebhookTarget target = policy.parse(url);
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(target.host());
    } catch (UnknownHostException e) {
      throw new TargetRefused(target.host() + " cannot be resolved");
    }
    return new CheckedTarget(target, policy.checkAddresses(target, addresses));
  }
}
