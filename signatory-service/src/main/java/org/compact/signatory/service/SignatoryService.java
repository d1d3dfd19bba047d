package org.compact.signatory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.time.TimeSource;
import org.compact.signatory.domain.HistoryAction;
import org.compact.signatory.domain.OrgIdentifier;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.OrganisationDetails;
import org.compact.signatory.domain.SignatoryStatus;
import org.compact.signatory.events.SignatoryEvents;

/** Register use cases: each state change, its history entry and its event commit together. */
@ApplicationScoped
public class SignatoryService {
  @Inject CompactConfig compact;
  @Inject TimeSource time;
  @Inject SignatoryEvents events;
  @Inject SignatoryAccess access;
  @Inject Caller caller;
  @Inject History history;
  @Inject References references;
  @Inject PersonalDataPurge purge;

  /** compact-admin registers a PROSPECT. */
  @Transactional
  public Organisation register(OrganisationInput input) {
    OrganisationDetails details = validated(input);
    requireUniqueIdentifiers(details, null);
    Organisation organisation =
        Organisation.prospect(UUID.randomUUID(), details, time.today(), time.now());
    return persistRegistered(organisation, HistoryAction.REGISTERED);
  }

  /**
   * A partner asks to join (self-service sign-up), always as PROSPECT. With an {@code org_id} in
   * the token the organisation gets that id, so the token already belongs to it; without one it
   * gets a new id, the requester's {@code sub} is recorded (and may follow and edit the request)
   * and compact-admin links the account to the id in the identity provider.
   */
  @Transactional
  public Organisation requestSignUp(OrganisationInput input) {
    OrganisationDetails details = validated(input);
    Optional<UUID> orgId = caller.orgId();
    UUID id = orgId.orElseGet(UUID::randomUUID);
    if (orgId.isPresent()) {
      Organisation existing = Organisation.findById(orgId.get());
      if (existing != null) {
        throw ProblemException.conflict(
            "Your organisation is already on the register as '" + existing.name + "'",
            Map.of("existing", named(existing)));
      }
    } else {
      Organisation open =
          Organisation.find(
                  "requestedBy = ?1 and status = ?2", caller.subject(), SignatoryStatus.PROSPECT)
              .firstResult();
      if (open != null) {
        throw ProblemException.conflict(
            "You already asked to register '" + open.name + "'; edit that request instead",
            Map.of("existing", named(open)));
      }
    }
    requireUniqueIdentifiers(details, null);
    Organisation organisation = Organisation.prospect(id, details, time.today(), time.now());
    organisation.requestedBy = caller.subject();
    return persistRegistered(organisation, HistoryAction.SIGN_UP_REQUESTED);
  }

  /** Replaces the details (PUT) by compact-admin or an owner; only compact-admin moves sectors. */
  @Transactional
  public Organisation update(UUID id, String ifMatch, OrganisationInput input) {
    Organisation organisation = access.changeable(id);
    ETags.requireIfMatch(ifMatch, organisation.version);
    return applyChange(organisation, input);
  }

  /** Changes only the fields given (PATCH); identifiers, when given, replace the list. */
  @Transactional
  public Organisation patch(UUID id, String ifMatch, OrganisationInput partial) {
    Organisation organisation = access.changeable(id);
    ETags.requireIfMatch(ifMatch, organisation.version);
    OrganisationInput merged =
        new OrganisationInput(
            partial.name() != null ? partial.name() : organisation.name,
            partial.sector() != null ? partial.sector() : organisation.sector,
            partial.kind() != null ? partial.kind() : organisation.kind,
            partial.address() != null ? partial.address() : organisation.address,
            partial.area() != null ? partial.area() : organisation.area,
            partial.website() != null ? partial.website() : organisation.website,
            partial.identifiers() != null
                ? partial.identifiers()
                : organisation.sortedIdentifiers().stream()
                    .map(i -> new OrgIdentifier.Raw(i.scheme(), i.value()))
                    .toList());
    return applyChange(organisation, merged);
  }

  /** Deletes a PROSPECT no other service refers to, with its contacts and history. */
  @Transactional
  public void delete(UUID id, String ifMatch) {
    Organisation organisation = access.existing(id);
    ETags.requireIfMatch(ifMatch, organisation.version);
    organisation.requireDeletable();
    List<References.Reference> referredBy = references.to(id);
    if (!referredBy.isEmpty()) {
      throw ProblemException.conflict(
          "Other records refer to '"
              + organisation.name
              + "' ("
              + referredBy.size()
              + "), so it cannot be deleted; it can stay a PROSPECT",
          Map.of("references", referredBy));
    }
    purge.forgetAllContactsOf(id);
    organisation.delete();
  }

  public Optional<Organisation> find(UUID id) {
    return Optional.ofNullable(Organisation.findById(id));
  }

  private Organisation applyChange(Organisation organisation, OrganisationInput input) {
    OrganisationDetails details = validated(input);
    if (!caller.isAdmin() && !details.sector().equals(organisation.sector)) {
      throw ProblemException.forbidden(
          "Only compact-admin may move an organisation to another sector");
    }
    requireUniqueIdentifiers(details, organisation.id);
    List<String> changed = organisation.apply(details, time.now());
    if (changed.isEmpty()) {
      return organisation;
    }
    Organisation.flush();
    events.updated(organisation, time.today());
    history.record(
        organisation,
        HistoryAction.UPDATED,
        organisation.status,
        time.today(),
        entry -> entry.changedFields = changed);
    return organisation;
  }

  private Organisation persistRegistered(Organisation organisation, HistoryAction action) {
    // no flush: a new organisation's version (0, its event's aggregateVersion) is known on persist;
    // Hibernate inserts the row before the history row (identity id) or at commit
    organisation.persist();
    events.registered(organisation);
    history.record(organisation, action, null, organisation.registeredOn, entry -> {});
    return organisation;
  }

  private OrganisationDetails validated(OrganisationInput input) {
    return OrganisationDetails.validated(
        input.name(),
        input.sector(),
        input.kind(),
        input.address(),
        input.area(),
        input.website(),
        input.identifiers(),
        compact.sectors());
  }

  /** 409 naming the organisation that already holds one of these identifiers. */
  private void requireUniqueIdentifiers(OrganisationDetails details, UUID self) {
    for (OrgIdentifier identifier : details.identifiers()) {
      Organisation holder =
          Organisation.find(
                  "select o from Organisation o join o.identifiers i"
                      + " where i.scheme = ?1 and i.value = ?2",
                  identifier.scheme(),
                  identifier.value())
              .firstResult();
      if (holder != null && !holder.id.equals(self)) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("identifier", identifier.orgId());
        extensions.put("existing", named(holder));
        throw ProblemException.conflict(
            "Identifier "
                + identifier.orgId()
                + " already belongs to '"
                + holder.name
                + "' ("
                + holder.id
                + ")",
            extensions);
      }
    }
  }

  private static Map<String, Object> named(Organisation organisation) {
    Map<String, Object> named = new LinkedHashMap<>();
    named.put("id", organisation.id.toString());
    named.put("name", organisation.name);
    return named;
  }
}
