package org.compact.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.compact.reporting.config.ReportingConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the consumer runs with its partitions assigned and no rebuild is replaying. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {
  @Inject ReadModelConsumer consumer;
  @Inject ReportingConfig config;

  @Override
  public HealthCheckResponse call() {
    if (!config.consumer().enabled()) {
      return HealthCheckResponse.named("reporting-read-model-consumer")
          .up()
          .withData("enabled", false)
          .build();
    }
    ConsumerState state = consumer.state();
    return HealthCheckResponse.named("reporting-read-model-consumer")
        .status(state.ready())
        .withData("running", state.running())
        .withData("assigned", state.assigned())
        .withData("rebuilding", state.rebuilding())
        .build();
  }
}
