package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.Dispute;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.security.Roles;

/**
 * Loads only the cases the caller may know of: compact-admin any, a partner its organisation's, a
 * ccrg-member those whose panel they sit on. The condition is part of the query, so for anyone else
 * the case is simply not found (404).
 */
@ApplicationScoped
public class CaseAccess {
  static final UUID NO_ORGANISATION = new UUID(0, 0);

  static final String VISIBLE =
      "(:admin = true"
          + " or (:partner = true and exists (select 1 from Dispute d2 join d2.parties p"
          + "      where d2.id = d.id and p.signatoryId = :org))"
          + " or (:ccrg = true and exists (select 1 from PanelMember m"
          + "      where m.disputeId = d.id and m.subject = :sub)))";

  @Inject EntityManager em;
  @Inject Caller caller;

  public Dispute visibleCase(UUID id) {
    return load(id, LockModeType.NONE);
  }

  /** For a change: the row is locked so concurrent changes to one case run one after another. */
  public Dispute visibleCaseForUpdate(UUID id) {
    return load(id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Dispute load(UUID id, LockModeType lock) {
    List<Dispute> found =
        bind(em.createQuery(
                "select d from Dispute d where d.id = :id and " + VISIBLE, Dispute.class))
            .setParameter("id", id)
            .setLockMode(lock)
            .getResultList();
    if (found.isEmpty()) {
      throw ProblemException.notFound("Dispute", id);
    }
    return found.get(0);
  }

  public <Q extends jakarta.persistence.Query> Q bind(Q query) {
    query.setParameter("admin", caller.isAdmin());
    query.setParameter("partner", isPartner());
    query.setParameter("org", caller.orgId().orElse(NO_ORGANISATION));
    query.setParameter("ccrg", caller.hasRole(Roles.CCRG_MEMBER));
    query.setParameter("sub", caller.subject());
    return query;
  }

  /** What the caller is on this (visible) case. */
  public Set<Actor> actorsOn(Dispute dispute) {
    Set<Actor> actors = EnumSet.noneOf(Actor.class);
    if (caller.isAdmin()) {
      actors.add(Actor.COMPACT_ADMIN);
    }
    if (isPartner() && caller.orgId().map(dispute.partyIds()::contains).orElse(false)) {
      actors.add(Actor.PARTY);
    }
    if (caller.hasRole(Roles.CCRG_MEMBER) && isPanelMember(dispute.id, caller.subject())) {
      actors.add(Actor.PANEL);
    }
    return actors;
  }

  public boolean isPanelMember(UUID disputeId, String subject) {
    return !em.createQuery("select 1 from PanelMember m where m.disputeId = :d and m.subject = :s")
        .setParameter("d", disputeId)
        .setParameter("s", subject)
        .getResultList()
        .isEmpty();
  }

  public boolean isPartner() {
    return caller.hasRole(Roles.PARTNER) && caller.orgId().isPresent();
  }

  /** 403 unless the caller acts on this case as one of {@code allowed}. */
  public static void require(Set<Actor> actors, Set<Actor> allowed, String action) {
    if (actors.stream().noneMatch(allowed::contains)) {
      throw ProblemException.forbidden(
          "Only "
              + describe(allowed)
              + " may "
              + action
              + " (you act here as "
              + describe(actors)
              + ")");
    }
  }

  static String describe(Set<Actor> actors) {
    if (actors.isEmpty()) {
      return "nobody on this case";
    }
    return String.join(
        " or ",
        actors.stream()
            .sorted()
            .map(
                a ->
                    switch (a) {
                      case PARTY -> "a party";
                      case COMPACT_ADMIN -> "compact-admin";
                      case PANEL -> "the case's panel";
                    })
            .toList());
  }
}
