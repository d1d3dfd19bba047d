package org.compact.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates a Kubernetes resource against the committed JSON Schema of its apiVersion and kind
 * (src/test/resources/k8s-schemas, generated from the Kubernetes OpenAPI and the Strimzi and
 * CloudNativePG CRDs by schema-tools/generate-k8s-schemas.py).
 */
final class K8sSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private K8sSchemas() {}

  /** e.g. deployment-apps-v1.json, configmap-v1.json, kafkatopic-kafka-v1.json. */
  static String schemaFile(String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash).split("\\.")[0] + "-";
    String version = apiVersion.substring(slash + 1);
    return kind.toLowerCase() + "-" + group + version + ".json";
  }

  /** The validation errors of {@code resource} (empty when valid), each naming the resource. */
  static List<String> errors(Map<String, Object> resource) {
    String file = schemaFile(Tree.string(resource, "apiVersion"), Tree.string(resource, "kind"));
    Schema schema = SCHEMAS.computeIfAbsent(file, K8sSchemas::load);
    List<Error> errors = schema.validate(Yaml.toJson(resource), InputFormat.JSON);
    return errors.stream().map(e -> Kustomize.id(resource) + ": " + e).toList();
  }

  private static Schema load(String file) {
    try (InputStream in =
        K8sSchemas.class.getClassLoader().getResourceAsStream("k8s-schemas/" + file)) {
      if (in == null) {
        throw new AssertionError(
            "no committed schema k8s-schemas/"
                + file
                + ": add the kind to schema-tools/generate-k8s-schemas.py and regenerate");
      }
      return REGISTRY.getSchema(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
