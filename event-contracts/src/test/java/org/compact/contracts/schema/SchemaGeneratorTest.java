package org.compact.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventType;
import org.compact.contracts.fixtures.SchemaValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaGeneratorTest {
  enum Colour {
    RED,
    GREEN
  }

  record Inner(UUID innerId, int count, String label) {}

  record Probe(
      UUID probeId,
      UUID reference,
      String parentId,
      String name,
      int small,
      long big,
      Integer boxed,
      boolean flag,
      LocalDate day,
      Instant at,
      Colour colour,
      List<UUID> ids,
      List<Inner> inners,
      Inner inner) {}

  record Unsupported(double ratio) {}

  private static final ObjectNode PROBE = SchemaGenerator.recordSchema(Probe.class, true, false);

  private static JsonNode property(String name) {
    return PROBE.get("properties").get(name);
  }

  @Test
  void mapsEachJavaTypeToItsJsonTypeAndFormat() {
    assertThat(property("probeId").toString())
        .isEqualTo("{\"type\":\"string\",\"format\":\"uuid\"}");
    assertThat(property("name").toString()).isEqualTo("{\"type\":[\"string\",\"null\"]}");
    assertThat(property("small").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(property("big").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(property("boxed").toString()).isEqualTo("{\"type\":[\"integer\",\"null\"]}");
    assertThat(property("flag").toString()).isEqualTo("{\"type\":\"boolean\"}");
    assertThat(property("day").path("format").asText()).isEqualTo("date");
    assertThat(property("at").path("format").asText()).isEqualTo("date-time");
    assertThat(property("colour").path("enum").toString()).isEqualTo("[\"RED\",\"GREEN\",null]");
    assertThat(property("ids").path("items").toString())
        .isEqualTo("{\"type\":\"string\",\"format\":\"uuid\"}");
    assertThat(property("inners").path("items").path("properties").has("label")).isTrue();
    assertThat(property("inner").path("type").toString()).isEqualTo("[\"object\",\"null\"]");
  }

  @Test
  void requiresPrimitivesAndTopLevelUuidIdsOnly() {
    assertThat(PROBE.get("required").toString())
        .isEqualTo("[\"probeId\",\"small\",\"big\",\"flag\"]");
    // a nested record's UUID id is optional, its primitives are not
    assertThat(property("inner").get("required").toString()).isEqualTo("[\"count\"]");
    assertThat(property("inner").path("properties").path("innerId").path("type").toString())
        .isEqualTo("[\"string\",\"null\"]");
  }

  @Test
  void listsEveryComponentAndToleratesUnknownFields() {
    assertThat(PROBE.get("properties").size()).isEqualTo(Probe.class.getRecordComponents().length);
    assertThat(PROBE.get("additionalProperties").asBoolean()).isTrue();
    assertThat(property("inner").get("additionalProperties").asBoolean()).isTrue();
  }

  @Test
  void generatedSchemaAcceptsNullOptionalsAndRejectsNullRequiredIds() throws Exception {
    Schema schema = SchemaValidation.fromText(PROBE.toString());
    ObjectNode instance =
        (ObjectNode)
            EventCodec.mapper()
                .readTree(
                    """
                    {"probeId": "6f1c0a47-8b7e-4a43-9d55-5d2b1f3c9e10", "small": 1, "big": 2,
                     "flag": false, "colour": null, "inner": null, "day": null, "ids": null}
                    """);

    assertThat(SchemaValidation.errors(schema, instance.toString())).isEmpty();
    assertThat(SchemaValidation.errors(schema, instance.putNull("probeId").toString()))
        .isNotEmpty();
  }

  @Test
  void rejectsComponentTypesWithoutAMapping() {
    assertThatThrownBy(() -> SchemaGenerator.recordSchema(Unsupported.class, true, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unsupported.ratio");
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void eventSchemaPinsTypeAndAggregateAndRequiresTheWholeEnvelope(EventType type) {
    ObjectNode schema = SchemaGenerator.eventSchema(type);

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText())
        .isEqualTo("https://compact.example/schemas/" + type.type() + ".json");
    assertThat(schema.at("/properties/type/const").asText()).isEqualTo(type.type());
    assertThat(schema.at("/properties/aggregateType/const").asText())
        .isEqualTo(type.aggregateType());
    assertThat(schema.at("/properties/payload/title").asText())
        .isEqualTo(type.payloadClass().getSimpleName());
    assertThat(schema.get("required").toString())
        .isEqualTo(SchemaGenerator.envelopeSchema().get("required").toString())
        .contains("\"eventId\"", "\"occurredAt\"", "\"payload\"");
  }
}
