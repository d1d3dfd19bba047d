package org.compact.platform.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.platform.consumer.ConsumedEvent;
import org.compact.platform.time.TimeSource;

/** Applies one signatory event to the replica (inside the stream's transaction). */
@ApplicationScoped
public class SignatoryReplicaUpdater {
  @Inject TimeSource time;

  /** What one event says about the organisation; null fields leave the replica's value. */
  private record Change(UUID id, String name, String sector, String status, LocalDate statusOn) {}

  public void apply(ConsumedEvent event) {
    Change change =
        switch (event.requirePayload()) {
          case SignatoryRegistered e ->
              new Change(e.signatoryId(), e.name(), e.sector(), e.status(), e.registeredOn());
          case SignatorySigned e ->
              new Change(
                  e.signatoryId(), e.name(), e.sector(), SignatoryReplica.SIGNED, e.signedOn());
          case SignatoryUpdated e -> new Change(e.signatoryId(), e.name(), e.sector(), null, null);
          case SignatoryWithdrawn e ->
              new Change(
                  e.signatoryId(), null, e.sector(), SignatoryReplica.WITHDRAWN, e.withdrawnOn());
          case SignatoryResigned e ->
              new Change(e.signatoryId(), null, e.sector(), SignatoryReplica.SIGNED, e.signedOn());
          case SignatoryChampionChanged e ->
              new Change(e.signatoryId(), null, e.sector(), null, null);
          default -> null; // another aggregate's event on this topic: nothing to keep
        };
    if (change != null) {
      upsert(event.envelope().aggregateVersion(), change);
    }
  }

  private void upsert(long version, Change change) {
    SignatoryReplica replica = SignatoryReplica.findById(change.id());
    if (replica == null) {
      replica = new SignatoryReplica();
      replica.id = change.id();
      replica.aggregateVersion = -1;
    }
    if (version < replica.aggregateVersion) {
      return; // an older event replayed after a newer one
    }
    if (change.name() != null) {
      replica.name = change.name();
    }
    if (change.sector() != null) {
      replica.sector = change.sector();
    }
    if (change.status() != null) {
      replica.status = change.status();
      replica.statusOn = change.statusOn();
    }
    replica.aggregateVersion = version;
    replica.updatedAt = time.now();
    replica.persist();
  }
}
