package org.compact.dispute;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.testsupport.KafkaEvents;
import org.compact.testsupport.Poll;
import org.compact.testsupport.ReplicatedSignatories;

/**
 * Publishes real signatory envelopes to {@code compact.signatories}, as signatory-service would,
 * and waits (with a deadline) until the dispute-service replica has applied them.
 */
public final class Signatories {
  private Signatories() {}

  /** Registers and signs a new organisation; returns its id once the replica has it SIGNED. */
  public static UUID signed(DataSource dataSource, String name, String sector) {
    return new ReplicatedSignatories(dataSource).signed(name, sector);
  }

  public static void withdraw(DataSource dataSource, UUID id, String sector, long version) {
    new ReplicatedSignatories(dataSource).withdraw(id, sector, version, LocalDate.now());
  }

  public static void publish(EventEnvelope envelope) {
    KafkaEvents.publish(envelope);
  }

  public static void send(String key, String value) {
    KafkaEvents.publishRaw(Topics.SIGNATORIES, key, value);
  }

  /** Polls {@code condition} until true or 60 s have passed. */
  public static void await(BooleanSupplier condition, String what) {
    Poll.until(condition, what);
  }
}
