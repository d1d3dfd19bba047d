package org.compact.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A Compose env file: {@code KEY=VALUE} lines, {@code #} comments, values taken literally. */
final class EnvFile {
  private EnvFile() {}

  static Map<String, String> read(Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    int number = 0;
    for (String line : Yaml.read(file).split("\n", -1)) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(file + ":" + number + ": not KEY=VALUE: " + line);
      }
      String key = trimmed.substring(0, equals).strip();
      if (!key.matches("[A-Z][A-Z0-9_]*")) {
        throw new IllegalArgumentException(file + ":" + number + ": bad variable name " + key);
      }
      if (values.put(key, trimmed.substring(equals + 1)) != null) {
        throw new IllegalArgumentException(file + ":" + number + ": " + key + " set twice");
      }
    }
    return values;
  }

  /** What an operator does with the template: every empty value filled (here with a random one). */
  static Map<String, String> filled(Map<String, String> template) {
    Map<String, String> values = new LinkedHashMap<>(template);
    values.replaceAll((key, value) -> value.isEmpty() ? UUID.randomUUID().toString() : value);
    return values;
  }

  static String format(Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    values.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
    return out.toString();
  }
}
