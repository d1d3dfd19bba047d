package org.compact.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventType;
import org.compact.contracts.MalformedEventException;
import org.compact.contracts.Topics;
import org.compact.contracts.signatory.SignatorySigned;
import org.junit.jupiter.api.Test;

class ConsumedEventTest {
  private static String signed(UUID id) {
    EventEnvelope envelope =
        EventCodec.envelope(
            EventType.SIGNATORY_SIGNED,
            2,
            Instant.parse("2025-01-01T10:00:00Z"),
            new SignatorySigned(id, "Org", "VCS", "charity", LocalDate.of(2025, 1, 1), List.of()));
    return EventCodec.write(envelope);
  }

  @Test
  void aKnownEventCarriesItsTypedPayloadAndPosition() {
    UUID id = UUID.randomUUID();
    ConsumedEvent event = ConsumedEvent.of(Topics.SIGNATORIES, 2, 41, signed(id));
    assertThat(event.known()).isTrue();
    assertThat(event.type()).contains(EventType.SIGNATORY_SIGNED);
    assertThat(((SignatorySigned) event.requirePayload()).signatoryId()).isEqualTo(id);
    assertThat(event.partition()).isEqualTo(2);
    assertThat(event.offset()).isEqualTo(41);
  }

  @Test
  void anUnknownTypeOrNewerVersionIsAnEventButNotKnown() {
    String unknown =
        """
        {"eventId":"%s","type":"signatory.teleported","schemaVersion":1,"aggregateType":"signatory",
         "aggregateId":"x","aggregateVersion":1,"occurredAt":"2025-01-01T00:00:00Z","payload":{}}
        """
            .formatted(UUID.randomUUID());
    String newer = signed(UUID.randomUUID()).replace("\"schemaVersion\":1", "\"schemaVersion\":99");
    assertThat(ConsumedEvent.of(Topics.SIGNATORIES, 0, 0, unknown).known()).isFalse();
    assertThat(ConsumedEvent.of(Topics.SIGNATORIES, 0, 1, newer).known()).isFalse();
  }

  @Test
  void whatIsNotAnEventIsMalformed() {
    assertThatThrownBy(() -> ConsumedEvent.of(Topics.SIGNATORIES, 0, 0, null))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> ConsumedEvent.of(Topics.SIGNATORIES, 0, 0, "{not json"))
        .isInstanceOf(MalformedEventException.class);
    String noAggregate =
        signed(UUID.randomUUID()).replaceAll("\"aggregateId\":\"[^\"]*\"", "\"aggregateId\":\"\"");
    assertThatThrownBy(() -> ConsumedEvent.of(Topics.SIGNATORIES, 0, 0, noAggregate))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("aggregateId");
  }
}
