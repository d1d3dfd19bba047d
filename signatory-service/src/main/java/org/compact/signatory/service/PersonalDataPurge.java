package org.compact.signatory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Erasure must also reach copies: the Idempotency-Key store keeps the first response of a creating
 * POST (24 h) to replay it, and a contact's creation response holds its personal data.
 */
@ApplicationScoped
public class PersonalDataPurge {
  @Inject EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void forgetContact(UUID organisationId, UUID contactId) {
    em.createNativeQuery("delete from idempotency_record where response_location like ?1")
        .setParameter(1, "%/signatories/" + organisationId + "/contacts/" + contactId)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void forgetAllContactsOf(UUID organisationId) {
    em.createNativeQuery("delete from idempotency_record where response_location like ?1")
        .setParameter(1, "%/signatories/" + organisationId + "/contacts/%")
        .executeUpdate();
  }
}
