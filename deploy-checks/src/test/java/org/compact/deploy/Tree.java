package org.compact.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Navigation in parsed YAML/JSON (maps, lists, scalars). {@code get(node, "a.b.0.c")} follows map
 * keys and list indexes; a missing step yields null.
 */
final class Tree {
  private Tree() {}

  static Object get(Object node, String path) {
    Object current = node;
    for (String step : path.split("\\.")) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(step);
      } else if (current instanceof List<?> list && step.matches("\\d+")) {
        int index = Integer.parseInt(step);
        current = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String path) {
    Object value = get(node, path);
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node, String path) {
    Object value = get(node, path);
    return value instanceof List<?> list ? (List<Object>) list : List.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object node, String path) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object item : list(node, path)) {
      if (item instanceof Map<?, ?> map) {
        out.add((Map<String, Object>) map);
      }
    }
    return out;
  }

  static String string(Object node, String path) {
    Object value = get(node, path);
    return value == null ? null : String.valueOf(value);
  }

  /** A deep copy with mutable maps and lists. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return (T) out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(copy(v)));
      return (T) out;
    }
    return node;
  }

  /** The map at {@code key} of {@code parent}, created when absent. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> child(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
  }
}
