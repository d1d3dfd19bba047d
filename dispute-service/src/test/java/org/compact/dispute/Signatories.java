package org.compact.dispute;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventType;
import org.compact.contracts.Topics;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.testsupport.Db;
import org.compact.testsupport.SharedKafka;

/**
 * Publishes real signatory envelopes to {@code compact.signatories}, as signatory-service would,
 * and waits (with a deadline) until the dispute-service replica has applied them.
 */
public final class Signatories {
  private static KafkaProducer<String, String> producer;

  private Signatories() {}

  /** Registers and signs a new organisation; returns its id once the replica has it SIGNED. */
  public static UUID signed(DataSource dataSource, String name, String sector) {
    UUID id = UUID.randomUUID();
    publish(
        EventCodec.envelope(
            EventType.SIGNATORY_REGISTERED,
            1,
            Instant.now(),
            new SignatoryRegistered(
                id, name, sector, "charity", "Stafford", "PROSPECT", LocalDate.now(), List.of())));
    publish(
        EventCodec.envelope(
            EventType.SIGNATORY_SIGNED,
            2,
            Instant.now(),
            new SignatorySigned(id, name, sector, "charity", LocalDate.now(), List.of())));
    awaitStatus(dataSource, id, "SIGNED");
    return id;
  }

  public static void withdraw(DataSource dataSource, UUID id, String sector, long version) {
    publish(
        EventCodec.envelope(
            EventType.SIGNATORY_WITHDRAWN,
            version,
            Instant.now(),
            new SignatoryWithdrawn(id, sector, LocalDate.now(), "left the area")));
    awaitStatus(dataSource, id, "WITHDRAWN");
  }

  public static void awaitStatus(DataSource dataSource, UUID id, String status) {
    Db db = new Db(dataSource);
    await(
        () ->
            db.count(
                    "select count(*) from signatory_replica where id = ? and status = ?",
                    id,
                    status)
                == 1,
        "replica of " + id + " to be " + status);
  }

  public static void publish(EventEnvelope envelope) {
    send(envelope.aggregateId(), EventCodec.write(envelope));
  }

  public static synchronized void send(String key, String value) {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(props);
    }
    try {
      producer.send(new ProducerRecord<>(Topics.SIGNATORIES, key, value)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish to " + Topics.SIGNATORIES, e);
    }
  }

  /**
   * Polls {@code condition} until true or 60 s have passed (consumer group join may take a while).
   */
  public static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
