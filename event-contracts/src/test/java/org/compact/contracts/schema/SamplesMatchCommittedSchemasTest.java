package org.compact.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.contracts.fixtures.ContractFiles;
import org.compact.contracts.fixtures.GenericSamples;
import org.compact.contracts.fixtures.Samples;
import org.compact.contracts.fixtures.SchemaValidation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What producers actually serialise is valid against the committed schemas. */
class SamplesMatchCommittedSchemasTest {

  private static JsonNode committedPayloadSchema(EventType type) throws IOException {
    return EventCodec.mapper()
        .readTree(ContractFiles.schema(SchemaFiles.fileName(type)).toFile())
        .at("/properties/payload");
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void sampleOfEveryTypeValidatesAgainstItsCommittedSchema(EventType type) {
    String json = Samples.json(type);

    assertThat(SchemaValidation.errors(SchemaValidation.committed(type), json)).isEmpty();
    assertThat(SchemaValidation.errors(SchemaValidation.committed(SchemaFiles.ENVELOPE), json))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void payloadWithOnlyRequiredFieldsSetValidates(EventType type) throws IOException {
    Set<String> required = new HashSet<>();
    committedPayloadSchema(type).path("required").forEach(n -> required.add(n.asText()));
    EventPayload minimal =
        (EventPayload) GenericSamples.only(type.payloadClass(), required::contains);
    String json = EventCodec.write(EventCodec.envelope(type, 1, Samples.OCCURRED_AT, minimal));

    assertThat(json).contains("null"); // the sample really leaves optional fields out
    assertThat(SchemaValidation.errors(SchemaValidation.committed(type), json)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void serialisedPayloadHasExactlyTheCommittedProperties(EventType type) throws IOException {
    // additionalProperties is true, so only this catches a field the schema forgot to declare
    EventPayload full = (EventPayload) GenericSamples.full(type.payloadClass());
    JsonNode payload = EventCodec.mapper().valueToTree(full);

    assertThat(names(payload)).isEqualTo(names(committedPayloadSchema(type).get("properties")));
  }
}
