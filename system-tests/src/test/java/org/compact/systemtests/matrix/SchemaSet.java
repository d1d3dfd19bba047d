package org.compact.systemtests.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code components.schemas} of one document; resolves local {@code $ref}s. */
public final class SchemaSet {
  private final Map<String, Object> components;

  SchemaSet(Map<String, Object> components) {
    this.components = components == null ? Map.of() : components;
  }

  /**
   * The schema with its {@code $ref} followed; keys written next to the {@code $ref} (type,
   * examples, …) win over the referenced schema's.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> resolve(Map<String, Object> schema) {
    if (schema == null) {
      return Map.of();
    }
    Map<String, Object> current = schema;
    int depth = 0;
    while (current.get("$ref") instanceof String ref && depth++ < 20) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      Object target = components.get(name);
      Map<String, Object> merged = new LinkedHashMap<>();
      if (target instanceof Map<?, ?> map) {
        merged.putAll((Map<String, Object>) map);
      }
      current.forEach(
          (k, v) -> {
            if (!k.equals("$ref")) {
              merged.put(k, v);
            }
          });
      if (merged.get("$ref") instanceof String again && again.equals(ref)) {
        merged.remove("$ref");
      }
      current = merged;
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
    Map<String, Object> resolved = resolve(schema);
    Object props = resolved.get("properties");
    if (!(props instanceof Map<?, ?> map)) {
      return Map.of();
    }
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    ((Map<String, Object>) map)
        .forEach(
            (k, v) -> out.put(k, v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of()));
    return out;
  }

  @SuppressWarnings("unchecked")
  public List<String> required(Map<String, Object> schema) {
    Object required = resolve(schema).get("required");
    return required instanceof List<?> list ? (List<String>) list : List.of();
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> items(Map<String, Object> schema) {
    Object items = resolve(schema).get("items");
    return items instanceof Map<?, ?> map ? resolve((Map<String, Object>) map) : Map.of();
  }

  public static String type(Map<String, Object> resolved) {
    Object type = resolved.get("type");
    if (type instanceof List<?> list) {
      return list.stream()
          .map(Object::toString)
          .filter(t -> !t.equals("null"))
          .findFirst()
          .orElse("string");
    }
    if (type == null) {
      return resolved.containsKey("properties") ? "object" : "string";
    }
    return type.toString();
  }

  public static Object firstExample(Map<String, Object> resolved) {
    if (resolved.get("examples") instanceof List<?> list && !list.isEmpty()) {
      return list.get(0);
    }
    return resolved.get("example");
  }

  @SuppressWarnings("unchecked")
  public static List<Object> enumValues(Map<String, Object> resolved) {
    return resolved.get("enum") instanceof List<?> list ? (List<Object>) list : List.of();
  }
}
