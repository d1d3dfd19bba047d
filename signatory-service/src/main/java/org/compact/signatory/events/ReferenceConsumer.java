package org.compact.signatory.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.MalformedEventException;
import org.compact.platform.consumer.IdempotentConsumer;
import org.compact.signatory.service.References;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns from the other services' topics which organisations they refer to, so that a referenced
 * PROSPECT is not deleted. Each event is applied once ({@link IdempotentConsumer}).
 */
@ApplicationScoped
public class ReferenceConsumer {
  static final String CONSUMER = "signatory-references";
  private static final Logger LOG = Logger.getLogger(ReferenceConsumer.class);
  private static final int ATTEMPTS = 5;

  @Inject IdempotentConsumer consumer;
  @Inject References references;

  @Incoming("actionplan-events")
  @Blocking
  public void onActionPlanEvent(String json) {
    handle(json);
  }

  @Incoming("dispute-events")
  @Blocking
  public void onDisputeEvent(String json) {
    handle(json);
  }

  @Incoming("consultation-events")
  @Blocking
  public void onConsultationEvent(String json) {
    handle(json);
  }

  void handle(String json) {
    EventEnvelope event;
    try {
      event = EventCodec.read(json);
    } catch (MalformedEventException e) {
      LOG.warnf("skipping a message that is not an event envelope: %s", e.getMessage());
      return;
    }
    List<UUID> referenced = SignatoryReferences.in(event.payload());
    if (referenced.isEmpty()) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        consumer.handleOnce(
            CONSUMER,
            event,
            e ->
                referenced.forEach(
                    id -> references.record(id, e.aggregateType(), e.aggregateId())));
        return;
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS) {
          LOG.errorf(e, "could not record the references of event %s; skipped", event.eventId());
          return;
        }
        LOG.warnf("recording references of event %s failed (attempt %d)", event.eventId(), attempt);
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(500L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
