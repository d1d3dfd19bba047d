package org.compact.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.compact.contracts.fixtures.Samples;
import org.compact.contracts.signatory.SignatorySigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

  private static ObjectNode tree(EventType type) throws IOException {
    return (ObjectNode) EventCodec.mapper().readTree(Samples.json(type));
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void envelopeSurvivesJsonRoundTripWithItsTypedPayload(EventType type) {
    EventPayload original = Samples.payload(type);
    EventEnvelope sent = EventCodec.envelope(type, 7, Samples.OCCURRED_AT, original);

    EventEnvelope received = EventCodec.read(EventCodec.write(sent));

    // payload is compared typed: an int read back from JSON need not be the long that was written
    assertThat(received).usingRecursiveComparison().ignoringFields("payload").isEqualTo(sent);
    assertThat(EventCodec.payload(received)).contains(original);
    assertThat(EventCodec.payload(received, type.payloadClass())).isEqualTo(original);
    assertThat(received.aggregateId()).isEqualTo(original.aggregateId());
  }

  @Test
  void unknownTypeIsSkipped() throws IOException {
    ObjectNode json = tree(EventType.SIGNATORY_SIGNED);
    assertThat(EventCodec.payload(EventCodec.read(json.toString()))).isPresent();

    json.put("type", "signatory.merged");
    EventEnvelope unknown = EventCodec.read(json.toString());

    assertThat(EventCodec.payload(unknown)).isEmpty();
    assertThatThrownBy(() -> EventCodec.payload(unknown, SignatorySigned.class))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void newerSchemaVersionIsSkipped() throws IOException {
    ObjectNode json = tree(EventType.SIGNATORY_SIGNED);
    int known = EventType.SIGNATORY_SIGNED.schemaVersion();
    assertThat(EventCodec.payload(EventCodec.read(json.put("schemaVersion", known).toString())))
        .isPresent();

    json.put("schemaVersion", known + 1);

    assertThat(EventCodec.payload(EventCodec.read(json.toString()))).isEmpty();
  }

  @Test
  void unknownPayloadFieldsAreIgnored() throws IOException {
    ObjectNode json = tree(EventType.SIGNATORY_SIGNED);
    ((ObjectNode) json.get("payload")).put("addedLater", "value");

    assertThat(EventCodec.payload(EventCodec.read(json.toString())))
        .contains(Samples.payload(EventType.SIGNATORY_SIGNED));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "[1, 2]",
        "null",
        "{\"type\": \"signatory.signed\", \"payload\": {}}",
        "{\"eventId\": \"not-a-uuid\", \"type\": \"signatory.signed\", \"payload\": {}}",
        "{\"eventId\": \"5b0d7c1e-2f4a-4c8e-9b1d-3e6f7a8b9c0d\", \"type\": \"signatory.signed\"}"
      })
  void malformedEnvelopeIsRejected(String json) {
    assertThatThrownBy(() -> EventCodec.read(json)).isInstanceOf(MalformedEventException.class);
  }

  @Test
  void malformedPayloadOfAKnownTypeIsRejected() throws IOException {
    ObjectNode json = tree(EventType.SIGNATORY_SIGNED);
    ((ObjectNode) json.get("payload")).put("signedOn", "yesterday");
    EventEnvelope envelope = EventCodec.read(json.toString());

    assertThatThrownBy(() -> EventCodec.payload(envelope))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("signatory.signed");
  }
}
