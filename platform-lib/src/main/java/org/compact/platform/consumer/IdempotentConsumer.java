package org.compact.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.compact.contracts.EventEnvelope;

/**
 * Applies an event at most once per consumer: the event id is recorded in the same transaction as
 * the handler's writes, so a redelivery (or a replay after a crash) changes nothing.
 */
@ApplicationScoped
public class IdempotentConsumer {
  @Inject EntityManager em;

  /** Returns true when the event was new and {@code handler} ran. */
  @Transactional
  public boolean handleOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
    if (!markProcessed(consumer, event)) {
      return false;
    }
    handler.accept(event);
    return true;
  }

  /** Inside the caller's transaction: true when this event id was not yet processed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean markProcessed(String consumer, EventEnvelope event) {
    int inserted =
        em.createNativeQuery(
                "insert into processed_event (consumer, event_id, event_type, processed_at)"
                    + " values (?1, ?2, ?3, now()) on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, event.eventId())
            .setParameter(3, event.type())
            .executeUpdate();
    return inserted == 1;
  }

  @Transactional
  public boolean isProcessed(String consumer, java.util.UUID eventId) {
    return !em.createNativeQuery(
            "select 1 from processed_event where consumer = ?1 and event_id = ?2")
        .setParameter(1, consumer)
        .setParameter(2, eventId)
        .getResultList()
        .isEmpty();
  }
}
