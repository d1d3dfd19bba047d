package org.compact.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compact.notification.config.NotificationConfig;
import org.compact.notification.domain.Delivery;
import org.compact.notification.domain.DeliveryStatus;
import org.compact.notification.domain.Subscription;
import org.compact.notification.domain.SubscriptionHealth;
import org.compact.notification.domain.SubscriptionStatus;
import org.compact.notification.domain.WebhookSecrets;
import org.compact.platform.http.ETags;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageRequest;
import org.compact.platform.time.TimeSource;

/** Subscription use cases; the secret leaves this class in clear only when created or rotated. */
@ApplicationScoped
public class SubscriptionService {
  @Inject SubscriptionAccess access;
  @Inject TargetGuard guard;
  @Inject SecretVault vault;
  @Inject TimeSource time;
  @Inject NotificationConfig config;
  @Inject EntityManager em;

  /** A subscription with the secret shown once (create, rotate). */
  public record WithSecret(Subscription subscription, SubscriptionHealth health, String secret) {}

  @Transactional
  public WithSecret create(SubscriptionInput input) {
    UUID owner = access.ownerForNewSubscription();
    SubscriptionRules.Checked checked = SubscriptionRules.check(input, owner);
    guard.requireAcceptable(input.url());
    Instant now = time.now();
    Subscription subscription = new Subscription();
    subscription.id = UUID.randomUUID();
    subscription.ownerOrgId = owner;
    subscription.createdBy = access.subject();
    apply(subscription, input, checked);
    subscription.status = SubscriptionStatus.ACTIVE;
    String secret = WebhookSecrets.generate();
    subscription.secretCiphertext = vault.seal(secret, subscription.id);
    subscription.createdAt = now;
    subscription.updatedAt = now;
    subscription.persist();
    SubscriptionHealth health = SubscriptionHealth.fresh(subscription.id);
    health.persist();
    em.flush();
    return new WithSecret(subscription, health, secret);
  }

  @Transactional
  public Subscription replace(UUID id, String ifMatch, SubscriptionInput input) {
    Subscription subscription = access.visible(id);
    ETags.requireIfMatch(ifMatch, subscription.version);
    SubscriptionRules.Checked checked = SubscriptionRules.check(input, subscription.ownerOrgId);
    guard.requireAcceptable(input.url());
    apply(subscription, input, checked);
    subscription.updatedAt = time.now();
    em.flush();
    return subscription;
  }

  @Transactional
  public void delete(UUID id, String ifMatch) {
    Subscription subscription = access.visible(id);
    ETags.requireIfMatch(ifMatch, subscription.version);
    subscription.delete();
  }

  /** A new secret; the old one keeps signing (next to it) for the configured overlap. */
  @Transactional
  public WithSecret rotateSecret(UUID id, String ifMatch) {
    Subscription subscription = access.visible(id);
    ETags.requireIfMatch(ifMatch, subscription.version);
    Instant now = time.now();
    String secret = WebhookSecrets.generate();
    subscription.previousSecretCiphertext = subscription.secretCiphertext;
    subscription.previousSecretValidUntil = now.plus(config.previousSecretOverlap());
    subscription.secretCiphertext = vault.seal(secret, subscription.id);
    subscription.secretRotatedAt = now;
    subscription.updatedAt = now;
    em.flush();
    return new WithSecret(subscription, health(subscription.id), secret);
  }

  @Transactional
  public Subscription pause(UUID id, String ifMatch, String reason) {
    Subscription subscription = access.visible(id);
    ETags.requireIfMatch(ifMatch, subscription.version);
    String why =
        reason == null || reason.isBlank()
            ? "Paused by " + access.subject()
            : "Paused by " + access.subject() + ": " + reason.strip();
    subscription.pause(why, time.now());
    em.flush();
    return subscription;
  }

  /**
   * ACTIVE again: a new failure streak, and every waiting delivery is due now with a new window.
   */
  @Transactional
  public Subscription resume(UUID id, String ifMatch) {
    Subscription subscription = access.visible(id);
    ETags.requireIfMatch(ifMatch, subscription.version);
    Instant now = time.now();
    subscription.resume(now);
    health(id).reset();
    List<Delivery> waiting =
        Delivery.list("subscriptionId = ?1 and status = ?2", id, DeliveryStatus.PENDING);
    waiting.forEach(delivery -> delivery.startNewSeries(now));
    em.flush();
    return subscription;
  }

  public Subscription get(UUID id) {
    return access.visible(id);
  }

  public SubscriptionHealth health(UUID subscriptionId) {
    SubscriptionHealth health = SubscriptionHealth.findById(subscriptionId);
    return health == null ? SubscriptionHealth.fresh(subscriptionId) : health;
  }

  /** compact-admin: every subscription (optionally of one owner); a partner: its own. */
  @Transactional
  public Page<Subscription> list(
      SubscriptionStatus status, UUID ownerOrganisation, PageRequest request) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    UUID owner = access.isAdmin() ? ownerOrganisation : access.ownerForNewSubscription();
    if (owner != null) {
      parameters.add(owner);
      conditions.add("ownerOrgId = ?" + parameters.size());
    }
    if (status != null) {
      parameters.add(status);
      conditions.add("status = ?" + parameters.size());
    }
    String where = conditions.isEmpty() ? "" : String.join(" and ", conditions);
    String order =
        " order by " + request.sortField() + (request.descending() ? " desc" : "") + ", id";
    var query = Subscription.<Subscription>find((where + order).strip(), parameters.toArray());
    long total = Subscription.count(where.isEmpty() ? "" : where, parameters.toArray());
    List<Subscription> items = query.page(request.page(), request.size()).list();
    return Page.of(items, request, total);
  }

  private static void apply(
      Subscription subscription, SubscriptionInput input, SubscriptionRules.Checked checked) {
    subscription.url = input.url().strip();
    subscription.description = input.description();
    subscription.eventTypes = new ArrayList<>(checked.eventTypes());
    subscription.filters = new ArrayList<>(checked.filters());
    subscription.organisationId = checked.organisationId();
  }
}
