package org.compact.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * compose.yaml read the way Compose reads it: YAML with merge keys, then variable interpolation
 * from the env file ({@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code $$} for a literal dollar).
 */
final class ComposeFile {
  static final Path PATH = Repo.path("deploy", "compose", "compose.yaml");
  static final Path ENV_TEMPLATE = Repo.path("deploy", "compose", ".env.template");
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$(?:\\$|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\\}|([A-Za-z_][A-Za-z0-9_]*))");

  private final Map<String, Object> raw;
  private final Map<String, String> variables;

  ComposeFile(Map<String, String> variables) {
    this.raw = Yaml.document(PATH);
    this.variables = variables;
  }

  Map<String, Object> raw() {
    return raw;
  }

  Map<String, Object> services() {
    return Tree.map(raw, "services");
  }

  Map<String, Object> service(String name) {
    Map<String, Object> service = Tree.map(raw, "services." + name);
    if (service.isEmpty()) {
      throw new AssertionError("compose.yaml has no service " + name);
    }
    return service;
  }

  /** The environment Compose gives the container of {@code service}, interpolated. */
  Map<String, String> environment(String service) {
    Object environment = service(service).get("environment");
    Map<String, String> out = new TreeMap<>();
    if (environment instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : interpolate(stringOf(v))));
    } else if (environment != null) {
      throw new AssertionError(service + ": write environment as a mapping");
    }
    return out;
  }

  String interpolate(String value) {
    Matcher matcher = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(resolve(matcher)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String resolve(Matcher matcher) {
    if (matcher.group().equals("$$")) {
      return "$";
    }
    String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
    String operator = matcher.group(2);
    String argument = matcher.group(3);
    String value = variables.get(name);
    boolean unset = value == null;
    boolean empty = unset || value.isEmpty();
    if (operator == null) {
      return unset ? "" : value;
    }
    boolean missing = operator.startsWith(":") ? empty : unset;
    if (operator.endsWith("-")) {
      return missing ? interpolate(argument) : value;
    }
    if (missing) {
      throw new MissingVariable(name, argument);
    }
    return value;
  }

  private static String stringOf(Object value) {
    return value instanceof Boolean || value instanceof Number ? value.toString() : (String) value;
  }

  /** The env file an operator writes from the template: every empty value filled. */
  static Map<String, String> templateFilled() {
    return new LinkedHashMap<>(EnvFile.filled(EnvFile.read(ENV_TEMPLATE)));
  }

  static final class MissingVariable extends RuntimeException {
    MissingVariable(String name, String message) {
      super(name + ": " + message);
    }
  }
}
