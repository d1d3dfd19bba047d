package org.compact.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.compact.consultation.service.AccessCheck;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;

/**
 * Who may do what. compact-admin: everything. A partner: schedule, revise and cancel its own
 * organisation's consultations, publish their outcome and feedback. A council system: push results,
 * outcome and feedback for consultations its org_id owns; any other consultation is 404 to it.
 * Consultations are public, so a partner of another organisation gets 403, not 404.
 */
@RequestScoped
public class ConsultationAccess {
  @Inject Caller caller;

  public void requireMaySchedule(UUID ownerId) {
    if (caller.isAdmin()) {
      return;
    }
    UUID own = caller.requireOrgId();
    if (!own.equals(ownerId)) {
      throw ProblemException.forbidden(
          "A partner schedules consultations of its own organisation only (ownerId must be "
              + own
              + ")");
    }
  }

  /** Revise or cancel: admin, or a partner of the owner. */
  public AccessCheck manage() {
    return consultation -> {
      if (caller.isAdmin()) {
        return;
      }
      if (!caller.hasRole(Roles.PARTNER) || !caller.belongsTo(consultation.ownerId)) {
        throw ProblemException.forbidden(
            "Only compact-admin or a partner of the owning organisation may change this"
                + " consultation");
      }
    };
  }

  /** Push results: admin, or a council system of the owner; 404 for other organisations. */
  public AccessCheck pushResults() {
    return consultation -> {
      if (caller.isAdmin()) {
        return;
      }
      if (!caller.belongsTo(consultation.ownerId)) {
        throw ProblemException.notFound("Consultation", consultation.id);
      }
    };
  }

  /**
   * Outcome and feedback: admin, a partner of the owner, or the owner's council system; another
   * organisation's council system gets 404, another partner 403.
   */
  public AccessCheck reportBack() {
    return consultation -> {
      if (caller.isAdmin() || caller.belongsTo(consultation.ownerId)) {
        return;
      }
      if (caller.hasRole(Roles.COUNCIL_SYSTEM)) {
        throw ProblemException.notFound("Consultation", consultation.id);
      }
      throw ProblemException.forbidden(
          "Only compact-admin or the owning organisation may report back on this consultation");
    };
  }

  public String subject() {
    return caller.subject();
  }
}
