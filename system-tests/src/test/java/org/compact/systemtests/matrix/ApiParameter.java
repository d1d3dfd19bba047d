package org.compact.systemtests.matrix;

import java.util.Map;

/** A path, query or header parameter with its (resolved) schema and example. */
public record ApiParameter(
    String name, String in, boolean required, Map<String, Object> schema, Object example) {

  public String type() {
    Object type = schema.get("type");
    return type == null ? "string" : type.toString();
  }

  public String format() {
    Object format = schema.get("format");
    return format == null ? "" : format.toString();
  }
}
