package org.compact.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.platform.time.TimeSource;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} publishes it after commit. A
 * rolled-back transaction leaves no row, so nothing is published.
 */
@ApplicationScoped
public class Outbox {
  @Inject EntityManager em;
  @Inject TimeSource time;
  @Inject OutboxRelay relay;
  @Inject TransactionSynchronizationRegistry transactions;

  private static final Object WAKE_UP_REGISTERED = new Object();

  @Transactional(Transactional.TxType.MANDATORY)
  public EventEnvelope record(long aggregateVersion, EventPayload payload) {
    EventType type =
        EventType.forPayload(payload.getClass())
            .orElseThrow(
                () -> new IllegalArgumentException("no event type for " + payload.getClass()));
    EventEnvelope envelope = EventCodec.envelope(type, aggregateVersion, time.now(), payload);
    em.persist(OutboxRecord.of(type.topic(), envelope, EventCodec.write(envelope)));
    wakeRelayAfterCommit();
    return envelope;
  }

  /** One synchronization per transaction, however many events it records (imports: thousands). */
  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.wakeUp();
            }
          }
        });
  }
}
