package org.compact.signatory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.TimeSource;
import org.compact.signatory.domain.Contact;
import org.compact.signatory.domain.ContactDetails;
import org.compact.signatory.domain.HistoryAction;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.events.SignatoryEvents;

/**
 * Contacts (personal data) of an organisation, for compact-admin and the organisation's partners
 * only. Keeps the organisation's "has a Compact Champion" flag and announces when it flips.
 */
@ApplicationScoped
public class ContactService {
  @Inject SignatoryAccess access;
  @Inject TimeSource time;
  @Inject SignatoryEvents events;
  @Inject History history;
  @Inject PersonalDataPurge purge;

  public List<Contact> list(UUID organisationId) {
    access.privateParts(organisationId);
    return Contact.list("organisationId = ?1 order by lower(name), id", organisationId);
  }

  public Contact get(UUID organisationId, UUID contactId) {
    access.privateParts(organisationId);
    return find(organisationId, contactId);
  }

  @Transactional
  public Contact add(UUID organisationId, ContactDetails details) {
    Organisation organisation = access.privateParts(organisationId);
    Contact contact = Contact.of(organisationId, details, time.now());
    contact.persistAndFlush();
    history.record(
        organisation,
        HistoryAction.CONTACT_ADDED,
        organisation.status,
        time.today(),
        entry -> entry.contactId = contact.id);
    updateChampion(organisation);
    return contact;
  }

  @Transactional
  public Contact update(
      UUID organisationId, UUID contactId, String ifMatch, ContactDetails details) {
    Organisation organisation = access.privateParts(organisationId);
    Contact contact = find(organisationId, contactId);
    ETags.requireIfMatch(ifMatch, contact.version);
    contact.apply(details, time.now());
    Contact.flush();
    updateChampion(organisation);
    return contact;
  }

  /**
   * Right to erasure: the row and any stored copy of it go; the history keeps only that a contact
   * with this id was erased.
   */
  @Transactional
  public void erase(UUID organisationId, UUID contactId, String ifMatch) {
    Organisation organisation = access.privateParts(organisationId);
    Contact contact = find(organisationId, contactId);
    ETags.requireIfMatch(ifMatch, contact.version);
    contact.delete();
    Contact.flush();
    purge.forgetContact(organisationId, contactId);
    history.record(
        organisation,
        HistoryAction.CONTACT_ERASED,
        organisation.status,
        time.today(),
        entry -> entry.contactId = contactId);
    updateChampion(organisation);
  }

  private void updateChampion(Organisation organisation) {
    boolean hasChampion =
        Contact.count("organisationId = ?1 and compactChampion = true", organisation.id) > 0;
    if (hasChampion == organisation.hasChampion) {
      return;
    }
    organisation.hasChampion = hasChampion;
    organisation.updatedAt = time.now();
    Organisation.flush();
    events.championChanged(organisation, time.today());
    history.record(
        organisation,
        HistoryAction.CHAMPION_CHANGED,
        organisation.status,
        time.today(),
        entry -> entry.hasChampion = hasChampion);
  }

  private static Contact find(UUID organisationId, UUID contactId) {
    Contact contact = Contact.findById(contactId);
    if (contact == null || !contact.organisationId.equals(organisationId)) {
      throw ProblemException.notFound("Contact", contactId);
    }
    return contact;
  }
}
