package org.compact.platform.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.compact.platform.security.Caller;

/**
 * DOMAIN.md: partners of a WITHDRAWN organisation keep read access to their own data but may not
 * open disputes or post progress. Decided on the signatory replica; an organisation the replica
 * does not know (yet) is not refused, so a lagging replica never blocks a current signatory.
 */
@ApplicationScoped
public class WithdrawnOrganisations {
  @Inject Caller caller;
  @Inject SignatoryReplicas replicas;

  /**
   * 422 {@code organisation-withdrawn} when the caller is a partner (not compact-admin) whose
   * organisation has withdrawn; {@code what} names the refused act, e.g. "post progress".
   */
  public void refuseIfCallerWithdrawn(String what) {
    if (caller.isAdmin()) {
      return;
    }
    caller
        .orgId()
        .flatMap(replicas::find)
        .filter(SignatoryReplica::isWithdrawn)
        .ifPresent(
            o -> {
              throw withdrawn(o, what);
            });
  }

  static ProblemException withdrawn(SignatoryReplica organisation, String what) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("organisationId", organisation.id.toString());
    if (organisation.statusOn != null) {
      extensions.put("withdrawnOn", organisation.statusOn.toString());
    }
    String name = organisation.name == null ? "Your organisation" : organisation.name;
    String since = organisation.statusOn == null ? "" : " on " + organisation.statusOn;
    return new ProblemException(
        ProblemType.ORGANISATION_WITHDRAWN,
        name
            + " withdrew from the Compact"
            + since
            + ": its partners keep read access to their own data but may not "
            + what
            + " until it signs again",
        null,
        extensions);
  }

  /** True when {@code organisationId} is WITHDRAWN according to the replica. */
  public boolean isWithdrawn(UUID organisationId) {
    return replicas.find(organisationId).map(SignatoryReplica::isWithdrawn).orElse(false);
  }
}
