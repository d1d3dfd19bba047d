package org.compact.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.DeliveryAttempt;
import org.compact.notification.domain.DeliveryStatus;
import org.compact.notification.domain.Subscription;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageRequest;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.TimeSource;

/** The delivery log of a subscription and manual redelivery. */
@ApplicationScoped
public class DeliveryService {
  @Inject SubscriptionAccess access;
  @Inject TimeSource time;
  @Inject EntityManager em;

  @Transactional
  public Page<Delivery> list(
      UUID subscriptionId, DeliveryStatus status, String eventType, PageRequest request) {
    access.visible(subscriptionId);
    List<Object> parameters = new ArrayList<>(List.of(subscriptionId));
    StringBuilder where = new StringBuilder("subscriptionId = ?1");
    if (status != null) {
      parameters.add(status);
      where.append(" and status = ?").append(parameters.size());
    }
    if (eventType != null && !eventType.isBlank()) {
      parameters.add(eventType.strip());
      where.append(" and eventType = ?").append(parameters.size());
    }
    String order =
        " order by " + request.sortField() + (request.descending() ? " desc" : "") + ", id";
    List<Delivery> items =
        Delivery.<Delivery>find(where + order, parameters.toArray())
            .page(request.page(), request.size())
            .list();
    return Page.of(items, request, Delivery.count(where.toString(), parameters.toArray()));
  }

  public Delivery get(UUID subscriptionId, UUID deliveryId) {
    access.visible(subscriptionId);
    Delivery delivery = Delivery.findById(deliveryId);
    if (delivery == null || !delivery.subscriptionId.equals(subscriptionId)) {
      throw ProblemException.notFound("Delivery", deliveryId);
    }
    return delivery;
  }

  public List<DeliveryAttempt> attempts(UUID deliveryId) {
    return DeliveryAttempt.list("deliveryId = ?1 order by number", deliveryId);
  }

  /**
   * Due now with a fresh retry window, whatever its state (409 while the subscription is paused).
   */
  @Transactional
  public Delivery redeliver(UUID subscriptionId, UUID deliveryId, String ifMatch) {
    Delivery delivery = get(subscriptionId, deliveryId);
    ETags.requireIfMatch(ifMatch, delivery.version);
    Subscription subscription = Subscription.findById(subscriptionId);
    if (subscription.isPaused()) {
      throw ProblemException.conflict(
          "The subscription is paused; resume it first (" + subscription.pausedReason + ")",
          java.util.Map.of("subscriptionStatus", subscription.status.name()));
    }
    delivery.startNewSeries(time.now());
    em.flush();
    return delivery;
  }
}
