package org.compact.notification.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.EventAudience;
import org.compact.notification.domain.EventAudiences;
import org.compact.notification.domain.Subscription;
import org.compact.notification.domain.WebhookEvent;
import org.compact.notification.service.WebhookMetrics;
import org.compact.platform.time.TimeSource;

/**
 * Turns one consumed event into deliveries, inside the consumer's transaction: updates the
 * replicas, works out who may read the event, and creates one PENDING delivery per matching
 * subscription (ACTIVE or PAUSED; a paused one collects until it is resumed). The unique
 * (subscription, event id) constraint keeps it at one delivery per event even if planned twice.
 */
@ApplicationScoped
public class DeliveryPlanner {
  @Inject Replicas replicas;
  @Inject EntityManager em;
  @Inject TimeSource time;
  @Inject WebhookMetrics metrics;

  /** Returns the number of deliveries created. */
  public int plan(EventEnvelope envelope, EventType type, EventPayload payload) {
    replicas.apply(envelope, payload);
    EventAudience audience = EventAudiences.of(type, payload, replicas);
    List<Subscription> matching = new ArrayList<>();
    for (Subscription subscription : subscribedTo(type.type())) {
      if (subscription.scope().matches(type.type(), audience)) {
        matching.add(subscription);
      }
    }
    if (matching.isEmpty()) {
      return 0;
    }
    WebhookEvent event = stored(envelope);
    int created = 0;
    for (Subscription subscription : matching) {
      Delivery delivery = Delivery.pending(subscription.id, event, time.now());
      created +=
          em.createNativeQuery(
                  "insert into delivery (id, version, subscription_id, event_id, event_type,"
                      + " aggregate_id, status, attempt_count, series_attempts, next_attempt_at,"
                      + " created_at) values (?1, 0, ?2, ?3, ?4, ?5, ?6, 0, 0, ?7, ?8)"
                      + " on conflict (subscription_id, event_id) do nothing")
              .setParameter(1, delivery.id)
              .setParameter(2, delivery.subscriptionId)
              .setParameter(3, delivery.eventId)
              .setParameter(4, delivery.eventType)
              .setParameter(5, delivery.aggregateId)
              .setParameter(6, delivery.status.name())
              .setParameter(7, delivery.nextAttemptAt)
              .setParameter(8, delivery.createdAt)
              .executeUpdate();
    }
    metrics.planned(created);
    return created;
  }

  @SuppressWarnings("unchecked")
  private List<Subscription> subscribedTo(String eventType) {
    List<Object> ids =
        em.createNativeQuery("select id from subscription where ?1 = any(event_types)")
            .setParameter(1, eventType)
            .getResultList();
    List<Subscription> out = new ArrayList<>();
    for (Object id : ids) {
      Subscription subscription = Subscription.findById((UUID) id);
      if (subscription != null) {
        out.add(subscription);
      }
    }
    return out;
  }

  private WebhookEvent stored(EventEnvelope envelope) {
    WebhookEvent event = WebhookEvent.findById(envelope.eventId());
    if (event == null) {
      event = new WebhookEvent();
      event.eventId = envelope.eventId();
      event.eventType = envelope.type();
      event.aggregateId = envelope.aggregateId();
      event.occurredAt = envelope.occurredAt();
      event.body = EventCodec.write(envelope);
      event.receivedAt = time.now();
      event.persist();
      em.flush();
    }
    return event;
  }
}
