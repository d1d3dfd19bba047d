package org.compact.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.compact.contracts.EventEnvelope;
import org.hibernate.Session;

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

  /**
   * Inside the caller's transaction: marks every event processed in one statement and returns the
   * ids that were not processed before.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<UUID> markAllProcessed(String consumer, Collection<EventEnvelope> events) {
    if (events.isEmpty()) {
      return Set.of();
    }
    UUID[] ids = events.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
    String[] types = events.stream().map(EventEnvelope::type).toArray(String[]::new);
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Set<UUID> inserted = new HashSet<>();
              Array idArray = connection.createArrayOf("uuid", ids);
              Array typeArray = connection.createArrayOf("text", types);
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into processed_event (consumer, event_id, event_type, processed_at)"
                          + " select ?, e.id, e.type, now() from unnest(?, ?) as e(id, type)"
                          + " on conflict do nothing returning event_id")) {
                insert.setString(1, consumer);
                insert.setArray(2, idArray);
                insert.setArray(3, typeArray);
                try (ResultSet rows = insert.executeQuery()) {
                  while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                  }
                }
              } finally {
                idArray.free();
                typeArray.free();
              }
              return inserted;
            });
  }

  @Transactional
  public boolean isProcessed(String consumer, UUID eventId) {
    return !em.createNativeQuery(
            "select 1 from processed_event where consumer = ?1 and event_id = ?2")
        .setParameter(1, consumer)
        .setParameter(2, eventId)
        .getResultList()
        .isEmpty();
  }
}
