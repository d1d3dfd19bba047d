package org.compact.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventType;

/**
 * Derives JSON Schemas (draft 2020-12) from the envelope and payload records by reflection over
 * their components, so the committed schemas cannot silently drift from the Java contracts.
 *
 * <p>Required: primitives (at any depth) and, on the top-level payload only, {@code UUID}
 * components named {@code *Id}; every other component may be null. Objects allow additional
 * properties because consumers must tolerate fields added by newer producers.
 */
public final class SchemaGenerator {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  public static final String ID_BASE = "https://compact.example/schemas/";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaGenerator() {}

  /** The envelope with an opaque payload: what a consumer may rely on before it knows the type. */
  public static ObjectNode envelopeSchema() {
    ObjectNode anyPayload = NODES.objectNode().put("type", "object");
    return envelope(
        "envelope",
        "Envelope of every Compact event; the payload depends on type and schemaVersion.",
        Map.of("payload", anyPayload));
  }

  /** The envelope of one event type, its {@code type} pinned and its payload fully described. */
  public static ObjectNode eventSchema(EventType type) {
    String description =
        "%s (aggregate %s) on topic %s, payload %s."
            .formatted(
                type.type(),
                type.aggregateType(),
                type.topic(),
                type.payloadClass().getSimpleName());
    return envelope(
        type.type(),
        description,
        Map.of(
            "type", constant(type.type()),
            "aggregateType", constant(type.aggregateType()),
            "payload", recordSchema(type.payloadClass(), true, false)));
  }

  /** Object schema of any record, following the same rules as the payloads. */
  public static ObjectNode recordSchema(Class<?> record, boolean topLevel, boolean nullable) {
    if (!record.isRecord()) {
      throw new IllegalArgumentException(record.getName() + " is not a record");
    }
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    for (RecordComponent component : record.getRecordComponents()) {
      boolean isRequired = isRequired(component, topLevel);
      properties.set(component.getName(), valueSchema(component, !isRequired));
      if (isRequired) {
        required.add(component.getName());
      }
    }
    ObjectNode schema = NODES.objectNode();
    schema.set("type", type("object", nullable));
    schema.put("title", record.getSimpleName());
    schema.set("properties", properties);
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", true);
    return schema;
  }

  private static ObjectNode envelope(
      String name, String description, Map<String, ObjectNode> overrides) {
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    // EventCodec.envelope always sets every envelope field, so all are required and non-null.
    for (RecordComponent component : EventEnvelope.class.getRecordComponents()) {
      ObjectNode property = overrides.get(component.getName());
      properties.set(
          component.getName(), property != null ? property : valueSchema(component, false));
      required.add(component.getName());
    }
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", ID_BASE + name + ".json");
    schema.put("title", name);
    schema.put("description", description);
    schema.put("type", "object");
    schema.set("properties", properties);
    schema.set("required", required);
    schema.put("additionalProperties", true);
    return schema;
  }

  private static boolean isRequired(RecordComponent component, boolean topLevel) {
    return component.getType().isPrimitive()
        || (topLevel && component.getType() == UUID.class && component.getName().endsWith("Id"));
  }

  private static ObjectNode valueSchema(RecordComponent component, boolean nullable) {
    try {
      return valueSchema(component.getGenericType(), nullable);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          component.getDeclaringRecord().getSimpleName()
              + "."
              + component.getName()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static ObjectNode valueSchema(Type type, boolean nullable) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      ObjectNode schema = NODES.objectNode();
      schema.set("type", type("array", nullable));
      schema.set("items", valueSchema(list.getActualTypeArguments()[0], false));
      return schema;
    }
    if (!(type instanceof Class<?> cls)) {
      throw new IllegalArgumentException("no JSON Schema mapping for " + type.getTypeName());
    }
    if (cls == String.class) {
      return scalar("string", null, nullable);
    }
    if (cls == UUID.class) {
      return scalar("string", "uuid", nullable);
    }
    if (cls == LocalDate.class) {
      return scalar("string", "date", nullable);
    }
    if (cls == Instant.class) {
      return scalar("string", "date-time", nullable);
    }
    if (cls == int.class || cls == long.class || cls == Integer.class || cls == Long.class) {
      return scalar("integer", null, nullable && !cls.isPrimitive());
    }
    if (cls == boolean.class || cls == Boolean.class) {
      return scalar("boolean", null, nullable && !cls.isPrimitive());
    }
    if (cls.isEnum()) {
      return enumSchema(cls, nullable);
    }
    if (cls.isRecord()) {
      return recordSchema(cls, false, nullable);
    }
    throw new IllegalArgumentException("no JSON Schema mapping for " + cls.getName());
  }

  private static ObjectNode enumSchema(Class<?> enumClass, boolean nullable) {
    ObjectNode schema = NODES.objectNode();
    schema.set("type", type("string", nullable));
    ArrayNode values = schema.putArray("enum");
    for (Object constant : enumClass.getEnumConstants()) {
      values.add(((Enum<?>) constant).name());
    }
    if (nullable) {
      values.addNull(); // "enum" is checked on its own: without null a null value fails
    }
    return schema;
  }

  private static ObjectNode scalar(String jsonType, String format, boolean nullable) {
    ObjectNode schema = NODES.objectNode();
    schema.set("type", type(jsonType, nullable));
    if (format != null) {
      schema.put("format", format);
    }
    return schema;
  }

  private static ObjectNode constant(String value) {
    return NODES.objectNode().put("type", "string").put("const", value);
  }

  private static JsonNode type(String jsonType, boolean nullable) {
    return nullable ? NODES.arrayNode().add(jsonType).add("null") : NODES.textNode(jsonType);
  }
}
