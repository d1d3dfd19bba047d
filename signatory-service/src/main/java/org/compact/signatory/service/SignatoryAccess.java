package org.compact.signatory.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;
import org.hibernate.ReadOnlyMode;

/**
 * Who may see and change an organisation. Everyone sees SIGNED organisations; compact-admin and the
 * organisation's own partners see everything about it. A partner owns an organisation when its
 * token's {@code org_id} is the organisation's id, or, for a self-service sign-up request still
 * PROSPECT, when its {@code sub} is the requester's (a partner account not yet linked to an org).
 */
@RequestScoped
public class SignatoryAccess {
  @Inject Caller caller;

  public boolean isOwner(Organisation organisation) {
    if (!caller.hasRole(Roles.PARTNER)) {
      return false;
    }
    if (caller.belongsTo(organisation.id)) {
      return true;
    }
    return organisation.status == SignatoryStatus.PROSPECT
        && organisation.requestedBy != null
        && organisation.requestedBy.equals(caller.subject());
  }

  /** compact-admin or an owner: full details, contacts and history. */
  public boolean seesEverything(Organisation organisation) {
    return caller.isAdmin() || isOwner(organisation);
  }

  public boolean canSee(Organisation organisation) {
    return organisation.isPublic() || seesEverything(organisation);
  }

  /** The organisation if the caller may know it exists, else 404. */
  public Organisation readable(UUID id) {
    Organisation organisation = Organisation.findById(id);
    if (organisation == null || !canSee(organisation)) {
      throw ProblemException.notFound("Organisation", id);
    }
    return organisation;
  }

  /**
   * {@link #readable} for a response only: loaded read-only, so Hibernate keeps no snapshot to
   * dirty-check. Never change what this returns.
   */
  public Organisation readableForView(UUID id) {
    Organisation organisation =
        Organisation.getEntityManager().find(Organisation.class, id, ReadOnlyMode.READ_ONLY);
    if (organisation == null || !canSee(organisation)) {
      throw ProblemException.notFound("Organisation", id);
    }
    return organisation;
  }

  /** For changes by admin or owner: 404 when the caller may not know it, 403 when it may. */
  public Organisation changeable(UUID id) {
    Organisation organisation = readable(id);
    if (!seesEverything(organisation)) {
      throw ProblemException.forbidden(
          "Only compact-admin and the organisation's own partners may change it");
    }
    return organisation;
  }

  /** For its personal data (contacts) and history: 404 unless admin or owner. */
  public Organisation privateParts(UUID id) {
    Organisation organisation = Organisation.findById(id);
    if (organisation == null || !seesEverything(organisation)) {
      throw ProblemException.notFound("Organisation", id);
    }
    return organisation;
  }

  /** Any organisation, for compact-admin's lifecycle actions. */
  public Organisation existing(UUID id) {
    Organisation organisation = Organisation.findById(id);
    if (organisation == null) {
      throw ProblemException.notFound("Organisation", id);
    }
    return organisation;
  }
}
