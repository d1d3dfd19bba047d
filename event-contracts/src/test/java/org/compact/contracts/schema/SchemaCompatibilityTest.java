package org.compact.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventType;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {
  private static final String BASE =
      """
      {"type": "object",
       "properties": {
         "signatoryId": {"type": "string", "format": "uuid"},
         "name": {"type": ["string", "null"]},
         "signedOn": {"type": ["string", "null"], "format": "date"},
         "priority": {"type": ["string", "null"], "enum": ["HIGH", "LOW", null]},
         "details": {"type": ["object", "null"],
                     "properties": {"title": {"type": ["string", "null"]}},
                     "additionalProperties": true},
         "codes": {"type": ["array", "null"], "items": {"type": "string"}}},
       "required": ["signatoryId"],
       "additionalProperties": true}
      """;

  private static List<String> changesTo(String current) {
    return SchemaCompatibility.breakingChanges(json(BASE), json(current));
  }

  private static JsonNode json(String text) {
    try {
      return EventCodec.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String base(String from, String to) {
    assertThat(BASE).contains(from); // guards the test against a typo that would change nothing
    return BASE.replace(from, to);
  }

  @Test
  void identicalSchemaIsCompatible() {
    assertThat(changesTo(BASE)).isEmpty();
  }

  @Test
  void addedOptionalPropertyIsCompatible() {
    String added =
        base(
            "\"name\": {\"type\": [\"string\", \"null\"]},",
            "\"name\": {\"type\": [\"string\", \"null\"]}, \"area\": {\"type\": [\"string\", \"null\"]},");

    assertThat(changesTo(added)).isEmpty();
  }

  @Test
  void addedEnumValueAndChangedTitlesAreCompatible() {
    String grown =
        base("[\"HIGH\", \"LOW\", null]", "[\"HIGH\", \"MEDIUM\", \"LOW\", null]")
            .replace("\"type\": \"object\",", "\"type\": \"object\", \"title\": \"Renamed\",");

    assertThat(changesTo(grown)).isEmpty();
  }

  @Test
  void removedPropertyIsBreaking() {
    String removed = base("\"name\": {\"type\": [\"string\", \"null\"]},", "");

    assertThat(changesTo(removed)).containsExactly("name: property removed");
  }

  @Test
  void removedNestedPropertyIsBreaking() {
    String removed =
        base(
            "\"properties\": {\"title\": {\"type\": [\"string\", \"null\"]}}",
            "\"properties\": {}");

    assertThat(changesTo(removed)).containsExactly("details.title: property removed");
  }

  @Test
  void retypedPropertyIsBreaking() {
    String retyped =
        base(
            "\"name\": {\"type\": [\"string\", \"null\"]}",
            "\"name\": {\"type\": [\"integer\", \"null\"]}");

    assertThat(changesTo(retyped)).singleElement().asString().startsWith("name: type changed");
  }

  @Test
  void changedFormatIsBreaking() {
    String reformatted = base("\"format\": \"date\"", "\"format\": \"date-time\"");

    assertThat(changesTo(reformatted))
        .containsExactly("signedOn: format changed from date to date-time");
  }

  @Test
  void retypedArrayItemsAreBreaking() {
    String retyped =
        base("\"items\": {\"type\": \"string\"}", "\"items\": {\"type\": \"integer\"}");

    assertThat(changesTo(retyped)).singleElement().asString().startsWith("codes[]: type changed");
  }

  @Test
  void newlyRequiredPropertyIsBreaking() {
    String required =
        base("\"required\": [\"signatoryId\"]", "\"required\": [\"signatoryId\", \"name\"]");

    assertThat(changesTo(required)).containsExactly("(root): now required [name]");
  }

  @Test
  void propertyNoLongerRequiredIsBreaking() {
    String optional = base("\"required\": [\"signatoryId\"]", "\"required\": []");

    assertThat(changesTo(optional)).containsExactly("(root): no longer required [signatoryId]");
  }

  @Test
  void changedNullabilityIsBreaking() {
    String nonNull =
        base(
            "\"type\": [\"string\", \"null\"], \"format\": \"date\"",
            "\"type\": \"string\", \"format\": \"date\"");

    assertThat(changesTo(nonNull)).containsExactly("signedOn: no longer accepts null");
  }

  @Test
  void removedEnumValueIsBreaking() {
    String shrunk = base("[\"HIGH\", \"LOW\", null]", "[\"HIGH\", null]");

    assertThat(changesTo(shrunk)).containsExactly("priority: enum values removed [\"LOW\"]");
  }

  @Test
  void changedConstIsBreaking() {
    String before =
        "{\"properties\": {\"type\": {\"type\": \"string\", \"const\": \"signatory.signed\"}}}";
    String after =
        "{\"properties\": {\"type\": {\"type\": \"string\", \"const\": \"signatory.joined\"}}}";

    assertThat(SchemaCompatibility.breakingChanges(json(before), json(after)))
        .singleElement()
        .asString()
        .startsWith("type: const changed");
  }

  @Test
  void refusingAdditionalPropertiesIsBreaking() {
    String closed =
        base(
            "\"required\": [\"signatoryId\"],\n \"additionalProperties\": true",
            "\"required\": [\"signatoryId\"],\n \"additionalProperties\": false");

    assertThat(changesTo(closed))
        .containsExactly("(root): no longer accepts additional properties");
  }

  @Test
  void everyGeneratedEventSchemaIsCompatibleWithItselfButNotWithAnotherType() {
    for (EventType type : EventType.values()) {
      JsonNode schema = SchemaGenerator.eventSchema(type);
      assertThat(SchemaCompatibility.breakingChanges(schema, schema)).as(type.type()).isEmpty();
    }
    assertThat(
            SchemaCompatibility.breakingChanges(
                SchemaGenerator.eventSchema(EventType.SIGNATORY_SIGNED),
                SchemaGenerator.eventSchema(EventType.SIGNATORY_WITHDRAWN)))
        .contains("type: const changed from \"signatory.signed\" to \"signatory.withdrawn\"")
        .contains("payload.codesOfPractice: property removed");
  }
}
