package org.compact.dispute.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.dispute.domain.SignatoryReplica;
import org.compact.platform.time.TimeSource;

/** Applies one signatory event to the replica (inside the consumer's transaction). */
@ApplicationScoped
public class SignatoryReplicaUpdater {
  @Inject TimeSource time;

  public void apply(EventEnvelope envelope, EventPayload payload) {
    switch (payload) {
      case SignatoryRegistered e ->
          upsert(envelope, e.signatoryId(), e.name(), e.sector(), e.status());
      case SignatorySigned e ->
          upsert(envelope, e.signatoryId(), e.name(), e.sector(), SignatoryReplica.SIGNED);
      case SignatoryUpdated e -> upsert(envelope, e.signatoryId(), e.name(), e.sector(), null);
      case SignatoryWithdrawn e ->
          upsert(envelope, e.signatoryId(), null, e.sector(), SignatoryReplica.WITHDRAWN);
      case SignatoryResigned e ->
          upsert(envelope, e.signatoryId(), null, e.sector(), SignatoryReplica.SIGNED);
      case SignatoryChampionChanged e -> upsert(envelope, e.signatoryId(), null, e.sector(), null);
      default -> {
        // another aggregate's event on this topic: nothing to keep
      }
    }
  }

  private void upsert(EventEnvelope envelope, UUID id, String name, String sector, String status) {
    SignatoryReplica replica = SignatoryReplica.findById(id);
    if (replica == null) {
      replica = new SignatoryReplica();
      replica.id = id;
      replica.aggregateVersion = -1;
    }
    if (envelope.aggregateVersion() < replica.aggregateVersion) {
      return; // an older event replayed after a newer one
    }
    if (name != null) {
      replica.name = name;
    }
    if (sector != null) {
      replica.sector = sector;
    }
    if (status != null) {
      replica.status = status;
    }
    replica.aggregateVersion = envelope.aggregateVersion();
    replica.updatedAt = time.now();
    replica.persist();
  }
}
