package org.compact.platform.replica;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.compact.contracts.Topics;
import org.compact.platform.consumer.EventStream;
import org.compact.platform.consumer.EventStreams;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the signatory replica from {@code compact.signatories} on an {@link EventStream}, so a
 * service decides on signatories while signatory-service is down. A service opts in with {@code
 * compact.replica.signatories.enabled=true} and {@code db/platform-replica} in {@code
 * quarkus.flyway.locations}. The consumer name is {@code <application>.signatory-replica}.
 */
@ApplicationScoped
public class SignatoryReplicaConsumer {
  @Inject EventStreams streams;
  @Inject SignatoryReplicaUpdater updater;

  @ConfigProperty(name = "compact.replica.signatories.enabled", defaultValue = "false")
  boolean enabled;

  @ConfigProperty(name = "quarkus.application.name", defaultValue = "compact")
  String applicationName;

  private volatile EventStream stream;

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      stream =
          streams.open(
              applicationName + ".signatory-replica", List.of(Topics.SIGNATORIES), updater::apply);
      stream.start();
    }
  }

  /** The stream, when this service keeps a replica. */
  public Optional<EventStream> stream() {
    return Optional.ofNullable(stream);
  }
}
