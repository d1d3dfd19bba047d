package org.compact.contracts.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventType;

/**
 * Names and text form of the committed schema files ({@code src/main/resources/schemas}, shipped in
 * the jar under {@value #RESOURCE_DIR}).
 */
public final class SchemaFiles {
  public static final String RESOURCE_DIR = "schemas/";
  public static final String ENVELOPE = "envelope.schema.json";
  public static final String SUFFIX = ".schema.json";

  // Fixed indent and "\n" line ends so the files are byte-identical on every machine.
  private static final ObjectWriter WRITER =
      EventCodec.mapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private SchemaFiles() {}

  public static String fileName(EventType type) {
    return type.type() + SUFFIX;
  }

  /** Every schema generated from code, by file name: the envelope first, then each event type. */
  public static Map<String, ObjectNode> generateAll() {
    Map<String, ObjectNode> schemas = new LinkedHashMap<>();
    schemas.put(ENVELOPE, SchemaGenerator.envelopeSchema());
    for (EventType type : EventType.values()) {
      schemas.put(fileName(type), SchemaGenerator.eventSchema(type));
    }
    return schemas;
  }

  /** The committed text form: pretty-printed, keys in generation order, trailing newline. */
  public static String toText(JsonNode schema) {
    try {
      return WRITER.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print schema", e);
    }
  }
}
