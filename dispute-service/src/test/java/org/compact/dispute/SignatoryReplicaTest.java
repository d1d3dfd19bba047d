package org.compact.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventType;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatoryUpdated;
import org.compact.testsupport.Db;
import org.junit.jupiter.api.Test;

/** The replica is built from real envelopes published to the real broker. */
@QuarkusTest
class SignatoryReplicaTest {
  @Inject DataSource dataSource;

  @Test
  void signedThenWithdrawnOrganisationIsReplicatedWithNameSectorAndStatus() {
    UUID id = Signatories.signed(dataSource, "Replica Housing Trust", "VCS");
    Db db = new Db(dataSource);
    assertThat(
            db.count(
                "select count(*) from replica_signatory where id = ? and name = ? and sector = ?",
                id,
                "Replica Housing Trust",
                "VCS"))
        .isEqualTo(1);

    Signatories.withdraw(dataSource, id, "VCS", 3);
    assertThat(db.count("select count(*) from replica_signatory where id = ?", id)).isEqualTo(1);
  }

  @Test
  void redeliveredEventIsAppliedOnceAndOlderEventDoesNotUndoNewer() {
    UUID id = UUID.randomUUID();
    EventEnvelope registered =
        EventCodec.envelope(
            EventType.SIGNATORY_REGISTERED,
            1,
            Instant.now(),
            new SignatoryRegistered(
                id, "Old Name", "PUBLIC", "council", null, "PROSPECT", LocalDate.now(), List.of()));
    EventEnvelope renamed =
        EventCodec.envelope(
            EventType.SIGNATORY_UPDATED,
            2,
            Instant.now(),
            new SignatoryUpdated(
                id, "New Name", "PUBLIC", "council", null, LocalDate.now(), List.of()));
    Signatories.publish(registered);
    Signatories.publish(renamed);
    Signatories.publish(registered); // redelivery of the first event
    Db db = new Db(dataSource);
    Signatories.await(
        () ->
            db.count(
                        "select count(*) from processed_event where event_id = ?",
                        registered.eventId())
                    == 1
                && db.count(
                        "select count(*) from replica_signatory where id = ? and name = 'New Name'",
                        id)
                    == 1,
        "rename applied");
    // a replay of the first event under a new event id (e.g. a re-seeded topic) is older: ignored
    EventEnvelope replayed =
        EventCodec.envelope(
            EventType.SIGNATORY_REGISTERED,
            1,
            Instant.now(),
            EventCodec.payload(registered, SignatoryRegistered.class));
    Signatories.publish(replayed);
    Signatories.await(
        () ->
            db.count("select count(*) from processed_event where event_id = ?", replayed.eventId())
                == 1,
        "replayed event processed");
    assertThat(
            db.count(
                "select count(*) from replica_signatory where id = ? and name = 'New Name' and status = 'PROSPECT'",
                id))
        .isEqualTo(1);
  }

  @Test
  void malformedMessagesAreDeadLetteredAndUnknownTypesSkippedWithoutStoppingTheStream() {
    Db db = new Db(dataSource);
    String marker = "not-json-" + UUID.randomUUID();
    Signatories.send("k1", marker);
    String unknownId = UUID.randomUUID().toString();
    Signatories.send(
        "k2",
        """
        {"eventId":"%s","type":"signatory.teleported","schemaVersion":1,"aggregateType":"signatory",
         "aggregateId":"x","aggregateVersion":1,"occurredAt":"2025-01-01T00:00:00Z","payload":{}}
        """
            .formatted(unknownId));
    String badPayload = UUID.randomUUID().toString();
    Signatories.send(
        "k3",
        """
        {"eventId":"%s","type":"signatory.signed","schemaVersion":1,"aggregateType":"signatory",
         "aggregateId":"x","aggregateVersion":1,"occurredAt":"2025-01-01T00:00:00Z",
         "payload":{"signatoryId":"not-a-uuid","signedOn":"yesterday"}}
        """
            .formatted(badPayload));
    // the stream keeps going: a valid event after the bad ones is applied
    UUID after = Signatories.signed(dataSource, "After The Bad Ones", "PUBLIC");

    assertThat(db.count("select count(*) from consumer_dead_letter where record_value = ?", marker))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from consumer_dead_letter where record_value like ?",
                "%" + badPayload + "%"))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from processed_event where event_id = ?",
                UUID.fromString(unknownId)))
        .as("an unknown type is marked processed and skipped")
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from consumer_dead_letter where record_value like ?",
                "%" + unknownId + "%"))
        .isZero();
    assertThat(db.count("select count(*) from replica_signatory where id = ?", after)).isEqualTo(1);
  }
}
