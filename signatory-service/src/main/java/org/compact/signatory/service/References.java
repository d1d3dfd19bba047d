package org.compact.signatory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * What other services refer to an organisation (learnt from their events). A referenced PROSPECT
 * can no longer be deleted, because their records would point at nothing.
 */
@ApplicationScoped
public class References {
  @Inject EntityManager em;

  /** One reference, e.g. ("action", actionId); recording it twice changes nothing. */
  public record Reference(String sourceType, String sourceId) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(UUID organisationId, String sourceType, String sourceId) {
    em.createNativeQuery(
            "insert into organisation_reference"
                + " (organisation_id, source_type, source_id, first_seen_at)"
                + " values (?1, ?2, ?3, now()) on conflict do nothing")
        .setParameter(1, organisationId)
        .setParameter(2, sourceType)
        .setParameter(3, sourceId)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public List<Reference> to(UUID organisationId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select source_type, source_id from organisation_reference"
                    + " where organisation_id = ?1 order by source_type, source_id")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream().map(r -> new Reference((String) r[0], (String) r[1])).toList();
  }
}
