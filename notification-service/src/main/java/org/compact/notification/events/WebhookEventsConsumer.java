package org.compact.notification.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.contracts.MalformedEventException;
import org.compact.platform.consumer.IdempotentConsumer;
import org.compact.platform.time.TimeSource;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Reads the four topics (consumer group notification-service) and plans deliveries. Each event is
 * applied at most once (processed-event row in the same transaction as its deliveries); unknown
 * types and newer versions are skipped; a message that is not a valid event is dead-lettered and
 * the stream moves on. While the database is unreachable the message is retried, so nothing is lost
 * and each partition keeps its order.
 */
@ApplicationScoped
public class WebhookEventsConsumer {
  public static final String CONSUMER = "notification-service.webhooks";
  private static final Logger LOG = Logger.getLogger(WebhookEventsConsumer.class);
  private static final int ATTEMPTS_BEFORE_DEAD_LETTER = 3;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  @Inject IdempotentConsumer idempotent;
  @Inject DeliveryPlanner planner;
  @Inject TimeSource time;

  @Incoming("events")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    process(message.getPayload(), message.getMetadata(IncomingKafkaRecordMetadata.class));
    return message.ack();
  }

  void process(String value, Optional<IncomingKafkaRecordMetadata> metadata) {
    int failures = 0;
    Duration backoff = Duration.ofMillis(200);
    while (true) {
      try {
        apply(value);
        return;
      } catch (MalformedEventException e) {
        LOG.warnf("dead-lettering a malformed message: %s", e.getMessage());
        deadLetter(value, metadata, e);
        return;
      } catch (RuntimeException e) {
        failures++;
        if (!isTransient(e) && failures >= ATTEMPTS_BEFORE_DEAD_LETTER) {
          LOG.errorf(e, "dead-lettering a message after %d attempts", failures);
          deadLetter(value, metadata, e);
          return;
        }
        LOG.warnf("applying a message failed (attempt %d), retrying: %s", failures, e);
        pause(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
      }
    }
  }

  private void apply(String value) {
    if (value == null) {
      throw new MalformedEventException("empty message");
    }
    EventEnvelope envelope = EventCodec.read(value);
    Optional<EventPayload> payload = EventCodec.payload(envelope);
    Optional<EventType> type = EventType.fromType(envelope.type());
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                idempotent.handleOnce(
                    CONSUMER,
                    envelope,
                    e -> payload.ifPresent(p -> planner.plan(e, type.orElseThrow(), p))));
  }

  private void deadLetter(
      String value, Optional<IncomingKafkaRecordMetadata> metadata, RuntimeException error) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              DeadLetter letter = new DeadLetter();
              letter.consumer = CONSUMER;
              letter.topic = metadata.map(IncomingKafkaRecordMetadata::getTopic).orElse("unknown");
              letter.partition =
                  metadata.map(IncomingKafkaRecordMetadata::getPartition).orElse(null);
              letter.offset = metadata.map(IncomingKafkaRecordMetadata::getOffset).orElse(null);
              letter.key =
                  metadata.map(m -> m.getKey() == null ? null : m.getKey().toString()).orElse(null);
              letter.payload = value;
              letter.error = String.valueOf(error.getMessage());
              letter.receivedAt = time.now();
              letter.persist();
            });
  }

  private static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof java.sql.SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (String.valueOf(t.getMessage()).contains("Acquisition timeout")) {
        return true;
      }
    }
    return false;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }
}
