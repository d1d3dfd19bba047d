package org.compact.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventType;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryWithdrawn;

/**
 * Drives a service's signatory replica (platform-lib, table {@code replica_signatory}) the way
 * production does: real signatory envelopes published to {@code compact.signatories}, then a wait
 * (with a deadline) until the replica shows the new status. Versions follow signatory-service's:
 * registered 1, signed 2, then one per change.
 */
public final class ReplicatedSignatories {
  private final DataSource dataSource;

  public ReplicatedSignatories(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Registers and signs a new organisation; returns its id once the replica has it SIGNED. */
  public UUID signed(String name, String sector) {
    UUID id = UUID.randomUUID();
    KafkaEvents.publish(
        EventCodec.envelope(
            EventType.SIGNATORY_REGISTERED,
            1,
            Instant.now(),
            new SignatoryRegistered(
                id, name, sector, "charity", "Stafford", "PROSPECT", LocalDate.now(), List.of())));
    KafkaEvents.publish(
        EventCodec.envelope(
            EventType.SIGNATORY_SIGNED,
            2,
            Instant.now(),
            new SignatorySigned(id, name, sector, "charity", LocalDate.now(), List.of())));
    awaitStatus(id, "SIGNED");
    return id;
  }

  /** Withdraws the organisation (event version {@code version}) and waits for the replica. */
  public void withdraw(UUID id, String sector, long version, LocalDate withdrawnOn) {
    KafkaEvents.publish(
        EventCodec.envelope(
            EventType.SIGNATORY_WITHDRAWN,
            version,
            Instant.now(),
            new SignatoryWithdrawn(id, sector, withdrawnOn, "left the area")));
    awaitStatus(id, "WITHDRAWN");
  }

  /** Signs a withdrawn organisation again (event version {@code version}) and waits. */
  public void resign(UUID id, String sector, long version, LocalDate signedOn) {
    KafkaEvents.publish(
        EventCodec.envelope(
            EventType.SIGNATORY_RESIGNED,
            version,
            Instant.now(),
            new SignatoryResigned(id, sector, signedOn, List.of())));
    awaitStatus(id, "SIGNED");
  }

  public void awaitStatus(UUID id, String status) {
    Db db = new Db(dataSource);
    Poll.until(
        () ->
            db.count(
                    "select count(*) from replica_signatory where id = ? and status = ?",
                    id,
                    status)
                == 1,
        "replica of " + id + " to be " + status);
  }
}
