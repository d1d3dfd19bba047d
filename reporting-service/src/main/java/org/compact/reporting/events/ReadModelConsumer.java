package org.compact.reporting.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compact.contracts.Topics;
import org.compact.platform.consumer.EventStream;
import org.compact.platform.consumer.EventStreams;
import org.compact.reporting.config.ReportingConfig;

/**
 * Applies the four topics to the read model on the platform's {@link EventStream}: each poll's
 * facts in one transaction with the positions ({@link ReadModelWriter} is a batch handler), each
 * event applied at most once, malformed records dead-lettered, unknown types skipped, retries with
 * back-off while the database is unreachable. A rebuild drops the facts and replays every topic
 * from the beginning.
 */
@ApplicationScoped
public class ReadModelConsumer {
  @Inject ReportingConfig config;
  @Inject ReadModelWriter writer;
  @Inject EventStreams streams;

  private EventStream stream;

  void onStart(@Observes StartupEvent event) {
    stream();
    if (config.consumer().enabled()) {
      start();
    }
  }

  private synchronized EventStream stream() {
    if (stream == null) {
      stream = streams.open(ReadModelWriter.CONSUMER, Topics.ALL, writer);
    }
    return stream;
  }

  /** Starts the consumer thread (no-op when it runs). */
  public void start() {
    stream().start();
  }

  /** Stops the thread after the record in hand; what it applied is committed, nothing is lost. */
  public void stop() {
    stream().stop();
  }

  /**
   * Drops the read model and replays every topic from the beginning. The drop happens between two
   * batches (or at once when the consumer is stopped); the replay runs on the consumer thread.
   * Returns false when no batch boundary came within 30 s (e.g. the database is down).
   */
  public boolean rebuild() {
    return stream().replayFromStart(writer::dropFacts);
  }

  public ConsumerState state() {
    return ConsumerState.of(stream().state());
  }
}
