package org.compact.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventType;
import org.compact.contracts.fixtures.Samples;
import org.compact.contracts.fixtures.SchemaValidation;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed schemas reject what a consumer could not process; each case has its control. */
class BrokenSamplesFailValidationTest {

  static Stream<Arguments> brokenSamples() {
    return Stream.of(
        broken(
            "required id of the wrong JSON type",
            EventType.SIGNATORY_REGISTERED,
            e -> payload(e).put("signatoryId", 42)),
        broken(
            "required id that is not a UUID",
            EventType.SIGNATORY_REGISTERED,
            e -> payload(e).put("signatoryId", "FOOD-BANK-1")),
        broken(
            "required id missing",
            EventType.SIGNATORY_REGISTERED,
            e -> payload(e).remove("signatoryId")),
        broken(
            "business date in UK notation",
            EventType.SIGNATORY_REGISTERED,
            e -> payload(e).put("registeredOn", "04/11/2024")),
        broken(
            "impossible business date",
            EventType.SIGNATORY_SIGNED,
            e -> payload(e).put("signedOn", "2025-02-30")),
        broken(
            "occurredAt without a time zone",
            EventType.SIGNATORY_SIGNED,
            e -> e.put("occurredAt", "2025-06-30T14:05:12")),
        broken(
            "type of another event",
            EventType.SIGNATORY_REGISTERED,
            e -> e.put("type", "signatory.updated")),
        broken("envelope without eventId", EventType.ACTION_CREATED, e -> e.remove("eventId")),
        broken(
            "nested record field of the wrong JSON type",
            EventType.SIGNATORY_REGISTERED,
            e -> ((ObjectNode) payload(e).get("identifiers").get(0)).put("scheme", 7)),
        broken(
            "list given as a single string",
            EventType.SIGNATORY_SIGNED,
            e -> payload(e).put("codesOfPractice", "FUNDING")),
        broken(
            "unknown enum value",
            EventType.ACTION_STATUS_CHANGED,
            e -> payload(e).put("to", "FINISHED")),
        broken(
            "unknown enum value inside a list of records",
            EventType.DISPUTE_OPENED,
            e -> ((ObjectNode) payload(e).get("parties").get(1)).put("role", "WITNESS")),
        broken(
            "number given as text",
            EventType.CONSULTATION_RESULTS_PUBLISHED,
            e -> payload(e).put("responseCount", "1342")),
        broken(
            "primitive flag missing",
            EventType.CONSULTATION_RESULTS_PUBLISHED,
            e -> payload(e).remove("firstResult")),
        broken(
            "nested primitive set to null",
            EventType.CONSULTATION_SCHEDULED,
            e -> ((ObjectNode) payload(e).get("leadIn")).putNull("days")));
  }

  private static Arguments broken(String name, EventType type, Consumer<ObjectNode> breakIt) {
    return Arguments.of(Named.of(name, breakIt), type);
  }

  private static ObjectNode payload(ObjectNode envelope) {
    return (ObjectNode) envelope.get("payload");
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) EventCodec.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("brokenSamples")
  void brokenSampleFailsWhileItsIntactOriginalPasses(Consumer<ObjectNode> breakIt, EventType type) {
    Schema schema = SchemaValidation.committed(type);
    ObjectNode envelope = tree(Samples.json(type));
    assertThat(SchemaValidation.errors(schema, envelope.toString())).isEmpty();

    breakIt.accept(envelope);

    assertThat(SchemaValidation.errors(schema, envelope.toString())).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyTypeRejectsAPayloadWithoutItsAggregateId(EventType type) {
    Schema schema = SchemaValidation.committed(type);
    ObjectNode envelope = tree(Samples.json(type));
    String aggregateId = envelope.get("aggregateId").asText();
    String idField =
        envelope.get("payload").properties().stream()
            .filter(field -> field.getValue().asText().equals(aggregateId))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    assertThat(SchemaValidation.errors(schema, envelope.toString())).isEmpty();

    payload(envelope).remove(idField);

    assertThat(SchemaValidation.errors(schema, envelope.toString()))
        .anySatisfy(error -> assertThat(error).contains(idField));
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void unknownExtraFieldsFromNewerProducersAreAccepted(EventType type) {
    ObjectNode envelope = tree(Samples.json(type));
    envelope.put("traceId", "4bf92f3577b34da6");
    payload(envelope).put("addedInVersion2", "anything");

    assertThat(SchemaValidation.errors(SchemaValidation.committed(type), envelope.toString()))
        .isEmpty();
  }
}
