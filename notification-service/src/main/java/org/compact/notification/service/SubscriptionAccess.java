package org.compact.notification.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.compact.notification.domain.Subscription;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;

/**
 * Who sees which subscription: compact-admin every one; a partner only its organisation's (its
 * token's org_id). Anything else is 404, as if it did not exist.
 */
@RequestScoped
public class SubscriptionAccess {
  @Inject Caller caller;

  public boolean isAdmin() {
    return caller.isAdmin();
  }

  /** The partner's organisation (403 without a valid org_id); null for compact-admin. */
  public UUID ownerForNewSubscription() {
    return caller.isAdmin() ? null : caller.requireOrgId();
  }

  public boolean sees(Subscription subscription) {
    if (caller.isAdmin()) {
      return true;
    }
    return caller.hasRole(Roles.PARTNER)
        && subscription.ownerOrgId != null
        && caller.belongsTo(subscription.ownerOrgId);
  }

  public Subscription visible(UUID id) {
    Subscription subscription = Subscription.findById(id);
    if (subscription == null || !sees(subscription)) {
      throw ProblemException.notFound("Subscription", id);
    }
    return subscription;
  }

  public String subject() {
    return caller.subject();
  }
}
