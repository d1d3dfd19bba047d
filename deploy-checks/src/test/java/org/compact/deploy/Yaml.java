package org.compact.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/** YAML and JSON reading into plain maps and lists (merge keys {@code <<} resolved). */
final class Yaml {
  private static final JsonMapper JSON = JsonMapper.shared();

  private Yaml() {}

  /** Every non-empty document of a (multi-document) YAML file. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(Path file) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object document : parser().loadAll(read(file))) {
      if (document instanceof Map<?, ?> map) {
        out.add(Tree.copy((Map<String, Object>) map));
      } else if (document != null) {
        throw new IllegalArgumentException(file + ": a document is not a mapping: " + document);
      }
    }
    return out;
  }

  static Map<String, Object> document(Path file) {
    List<Map<String, Object>> documents = documents(file);
    if (documents.size() != 1) {
      throw new IllegalArgumentException(
          file + ": expected one document, found " + documents.size());
    }
    return documents.get(0);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(Path file) {
    return JSON.readValue(read(file), Map.class);
  }

  static String toJson(Object tree) {
    return JSON.writeValueAsString(tree);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static org.yaml.snakeyaml.Yaml parser() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
  }
}
