package org.compact.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a committed schema with the one generated now and lists what would break consumers or
 * stop old events (kept forever on the topics) from validating.
 *
 * <p>Breaking: a property removed; its type or format changed; null newly accepted or refused; a
 * property becoming required or ceasing to be (consumers rely on required fields being there); an
 * enum value removed or an enum/const restriction added or changed; additional properties refused.
 * Compatible: new optional properties, new enum values, changed titles and descriptions.
 */
public final class SchemaCompatibility {
  private SchemaCompatibility() {}

  /** Human-readable breaking changes from {@code committed} to {@code current}; empty if none. */
  public static List<String> breakingChanges(JsonNode committed, JsonNode current) {
    List<String> problems = new ArrayList<>();
    compare("", committed, current, problems);
    return problems;
  }

  private static void compare(String path, JsonNode old, JsonNode now, List<String> problems) {
    String where = path.isEmpty() ? "(root)" : path;
    compareTypes(where, old, now, problems);
    compareFormat(where, old, now, problems);
    compareConst(where, old, now, problems);
    compareEnum(where, old, now, problems);
    compareRequired(where, old, now, problems);
    if (!old.path("additionalProperties").equals(now.path("additionalProperties"))
        && now.path("additionalProperties").isBoolean()
        && !now.path("additionalProperties").asBoolean()) {
      problems.add(where + ": no longer accepts additional properties");
    }
    JsonNode nowProperties = now.path("properties");
    old.path("properties")
        .properties()
        .forEach(
            property -> {
              String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
              if (!nowProperties.has(property.getKey())) {
                problems.add(child + ": property removed");
              } else {
                compare(child, property.getValue(), nowProperties.get(property.getKey()), problems);
              }
            });
    if (old.has("items") && now.has("items")) {
      compare(path + "[]", old.get("items"), now.get("items"), problems);
    }
  }

  private static void compareTypes(String where, JsonNode old, JsonNode now, List<String> out) {
    Set<String> oldTypes = types(old);
    Set<String> newTypes = types(now);
    boolean oldNullable = oldTypes.remove("null");
    boolean newNullable = newTypes.remove("null");
    if (!oldTypes.equals(newTypes)) {
      out.add(where + ": type changed from " + oldTypes + " to " + newTypes);
    } else if (oldNullable && !newNullable) {
      out.add(where + ": no longer accepts null");
    } else if (!oldNullable && newNullable) {
      out.add(where + ": may now be null");
    }
  }

  private static void compareFormat(String where, JsonNode old, JsonNode now, List<String> out) {
    String oldFormat = old.path("format").asText(null);
    String newFormat = now.path("format").asText(null);
    if (!Objects.equals(oldFormat, newFormat)) {
      out.add(where + ": format changed from " + oldFormat + " to " + newFormat);
    }
  }

  private static void compareConst(String where, JsonNode old, JsonNode now, List<String> out) {
    if ((old.has("const") || now.has("const")) && !old.path("const").equals(now.path("const"))) {
      out.add(where + ": const changed from " + old.get("const") + " to " + now.get("const"));
    }
  }

  private static void compareEnum(String where, JsonNode old, JsonNode now, List<String> out) {
    if (!now.has("enum")) {
      return; // no restriction now: every old value is still accepted
    }
    if (!old.has("enum")) {
      out.add(where + ": now restricted to enum " + now.get("enum"));
      return;
    }
    Set<String> removed = enumValues(old);
    removed.removeAll(enumValues(now));
    if (!removed.isEmpty()) {
      out.add(where + ": enum values removed " + removed);
    }
  }

  private static void compareRequired(String where, JsonNode old, JsonNode now, List<String> out) {
    Set<String> oldRequired = texts(old.path("required"));
    Set<String> newRequired = texts(now.path("required"));
    Set<String> added = new LinkedHashSet<>(newRequired);
    added.removeAll(oldRequired);
    Set<String> dropped = new LinkedHashSet<>(oldRequired);
    dropped.removeAll(newRequired);
    if (!added.isEmpty()) {
      out.add(where + ": now required " + added);
    }
    if (!dropped.isEmpty()) {
      out.add(where + ": no longer required " + dropped);
    }
  }

  private static Set<String> types(JsonNode schema) {
    JsonNode type = schema.path("type");
    return type.isTextual() ? new LinkedHashSet<>(Set.of(type.asText())) : texts(type);
  }

  /** Enum values without null: accepting null is the type's business, compared there. */
  private static Set<String> enumValues(JsonNode schema) {
    Set<String> values = new LinkedHashSet<>();
    schema
        .path("enum")
        .forEach(
            v -> {
              if (!v.isNull()) {
                values.add(v.toString());
              }
            });
    return values;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
