package org.compact.notification.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionUpdated;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.dispute.DisputeNotifiedResolvedInternally;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.notification.domain.ReplicaView;

/**
 * The little this service keeps from the topics to apply the APIs' read rules to later events:
 * signatory status, plan status, action leads, dispute parties. Written in the consumer's
 * transaction; an older event replayed after a newer one changes nothing (aggregate version).
 */
@ApplicationScoped
public class Replicas implements ReplicaView {
  static final String PUBLISHED = "PUBLISHED";

  @Inject EntityManager em;

  public void apply(EventEnvelope envelope, EventPayload payload) {
    long version = envelope.aggregateVersion();
    switch (payload) {
      case SignatoryRegistered e -> signatory(e.signatoryId(), e.status(), version);
      case SignatorySigned e -> signatory(e.signatoryId(), "SIGNED", version);
      case SignatoryResigned e -> signatory(e.signatoryId(), "SIGNED", version);
      case SignatoryWithdrawn e -> signatory(e.signatoryId(), "WITHDRAWN", version);
      case PlanCreated e -> plan(e.planId(), "DRAFT", version);
      case PlanPublished e -> plan(e.planId(), PUBLISHED, version);
      case ActionCreated e -> action(e.actionId(), e.planId(), e.leadSignatoryIds(), version);
      case ActionUpdated e -> action(e.actionId(), e.planId(), e.leadSignatoryIds(), version);
      case DisputeOpened e -> parties(e.disputeId(), e.parties());
      case DisputeNotifiedResolvedInternally e -> parties(e.disputeId(), e.parties());
      default -> {
        // nothing this service needs to remember
      }
    }
  }

  private void signatory(UUID id, String status, long version) {
    em.createNativeQuery(
            "insert into signatory_state (signatory_id, status, aggregate_version)"
                + " values (?1, ?2, ?3) on conflict (signatory_id) do update"
                + " set status = excluded.status, aggregate_version = excluded.aggregate_version"
                + " where signatory_state.aggregate_version <= excluded.aggregate_version")
        .setParameter(1, id)
        .setParameter(2, status)
        .setParameter(3, version)
        .executeUpdate();
  }

  private void plan(UUID id, String status, long version) {
    em.createNativeQuery(
            "insert into plan_state (plan_id, status, aggregate_version) values (?1, ?2, ?3)"
                + " on conflict (plan_id) do update"
                + " set status = excluded.status, aggregate_version = excluded.aggregate_version"
                + " where plan_state.aggregate_version <= excluded.aggregate_version")
        .setParameter(1, id)
        .setParameter(2, status)
        .setParameter(3, version)
        .executeUpdate();
  }

  private void action(UUID id, UUID planId, List<UUID> leads, long version) {
    int changed =
        em.createNativeQuery(
                "insert into action_state (action_id, plan_id, aggregate_version)"
                    + " values (?1, ?2, ?3) on conflict (action_id) do update"
                    + " set plan_id = excluded.plan_id,"
                    + " aggregate_version = excluded.aggregate_version"
                    + " where action_state.aggregate_version <= excluded.aggregate_version")
            .setParameter(1, id)
            .setParameter(2, planId)
            .setParameter(3, version)
            .executeUpdate();
    if (changed == 0) {
      return; // an older event
    }
    em.createNativeQuery("delete from action_lead where action_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    for (UUID lead : leads == null ? List.<UUID>of() : leads) {
      em.createNativeQuery(
              "insert into action_lead (action_id, signatory_id) values (?1, ?2)"
                  + " on conflict do nothing")
          .setParameter(1, id)
          .setParameter(2, lead)
          .executeUpdate();
    }
  }

  private void parties(UUID disputeId, List<PartyRef> parties) {
    for (PartyRef party : parties == null ? List.<PartyRef>of() : parties) {
      em.createNativeQuery(
              "insert into dispute_party (dispute_id, signatory_id) values (?1, ?2)"
                  + " on conflict do nothing")
          .setParameter(1, disputeId)
          .setParameter(2, party.signatoryId())
          .executeUpdate();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<String> signatoryStatus(UUID signatoryId) {
    List<Object> rows =
        em.createNativeQuery("select status from signatory_state where signatory_id = ?1")
            .setParameter(1, signatoryId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable((String) rows.get(0));
  }

  @Override
  public boolean planPublished(UUID planId) {
    return !em.createNativeQuery(
            "select 1 from plan_state where plan_id = ?1 and status = '" + PUBLISHED + "'")
        .setParameter(1, planId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Set<UUID> actionLeads(UUID actionId) {
    return uuids("select signatory_id from action_lead where action_id = ?1", actionId);
  }

  @Override
  public Set<UUID> disputeParties(UUID disputeId) {
    return uuids("select signatory_id from dispute_party where dispute_id = ?1", disputeId);
  }

  @SuppressWarnings("unchecked")
  private Set<UUID> uuids(String sql, UUID id) {
    Set<UUID> out = new HashSet<>();
    em.createNativeQuery(sql).setParameter(1, id).getResultList().forEach(v -> out.add((UUID) v));
    return out;
  }
}
