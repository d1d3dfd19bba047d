package org.compact.notification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.compact.notification.domain.DeliveryStatus;

/** Prometheus counters: deliveries planned, attempts by outcome, deliveries given up, pauses. */
@ApplicationScoped
public class WebhookMetrics {
  @Inject MeterRegistry registry;

  public void planned(int deliveries) {
    counter("compact.webhook.deliveries.planned", "Deliveries created from consumed events")
        .increment(deliveries);
  }

  public void attempted(boolean succeeded, DeliveryStatus after) {
    Counter.builder("compact.webhook.attempts")
        .description("HTTP attempts of webhook deliveries, by outcome")
        .tag("outcome", succeeded ? "succeeded" : "failed")
        .register(registry)
        .increment();
    if (after == DeliveryStatus.FAILED) {
      counter("compact.webhook.deliveries.given.up", "Deliveries given up after the retry window")
          .increment();
    }
  }

  public void paused() {
    counter("compact.webhook.subscriptions.paused", "Subscriptions paused for failing").increment();
  }

  private Counter counter(String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }
}
