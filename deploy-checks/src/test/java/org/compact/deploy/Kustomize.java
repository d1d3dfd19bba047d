package org.compact.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} (kustomize v5) does, for exactly the
 * features deploy/k8s uses; any other field fails the render instead of being ignored:
 *
 * <ul>
 *   <li>{@code resources}: files (multi-document) and directories holding a kustomization;
 *   <li>{@code patches} with {@code path}: strategic merge patches found by kind and name (lists of
 *       built-in kinds merged by their Kubernetes merge key, patch items first; other lists and the
 *       lists of custom resources replaced; {@code null} deletes a key);
 *   <li>{@code namespace}, {@code labels} ({@code pairs}, {@code includeTemplates}) and {@code
 *       images} ({@code newName}, {@code newTag}) on containers and init containers of workloads.
 * </ul>
 *
 * Its fixture test compares it with the real kustomize's output.
 */
final class Kustomize {
  private static final Set<String> SUPPORTED =
      Set.of("apiVersion", "kind", "resources", "patches", "namespace", "labels", "images");
  private static final Set<String> CLUSTER_SCOPED =
      Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition");
  private static final Set<String> WORKLOADS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

  /** Merge keys of the lists of built-in kinds that deploy/k8s patches (field name → key). */
  private static final Map<String, String> MERGE_KEYS =
      Map.of(
          "containers", "name",
          "initContainers", "name",
          "env", "name",
          "volumes", "name",
          "volumeMounts", "mountPath",
          "imagePullSecrets", "name");

  /** Lists of built-in kinds without a merge key: a patch replaces them whole. */
  private static final Set<String> REPLACED_LISTS =
      Set.of("args", "command", "rules", "tls", "hosts", "paths", "metrics", "policyTypes");

  private Kustomize() {}

  static List<Map<String, Object>> render(Path directory) {
    Path file = directory.resolve("kustomization.yaml");
    Map<String, Object> kustomization = Yaml.document(file);
    for (String key : kustomization.keySet()) {
      if (!SUPPORTED.contains(key)) {
        throw new UnsupportedOperationException(
            file + ": kustomize field '" + key + "' is not rendered by deploy-checks' renderer");
      }
    }
    List<Map<String, Object>> resources = new ArrayList<>();
    for (Object entry : Tree.list(kustomization, "resources")) {
      Path path = directory.resolve(String.valueOf(entry)).normalize();
      resources.addAll(Files.isDirectory(path) ? render(path) : Yaml.documents(path));
    }
    for (Map<String, Object> patch : Tree.maps(kustomization, "patches")) {
      applyPatch(directory, patch, resources);
    }
    String namespace = Tree.string(kustomization, "namespace");
    for (Map<String, Object> resource : resources) {
      if (namespace != null && !CLUSTER_SCOPED.contains(kind(resource))) {
        Tree.child(resource, "metadata").put("namespace", namespace);
      }
    }
    for (Map<String, Object> labels : Tree.maps(kustomization, "labels")) {
      applyLabels(labels, resources);
    }
    for (Map<String, Object> image : Tree.maps(kustomization, "images")) {
      applyImage(image, resources);
    }
    checkUnique(resources);
    return resources;
  }

  static String id(Map<String, Object> resource) {
    return Tree.string(resource, "apiVersion")
        + " "
        + kind(resource)
        + " "
        + Objects.requireNonNullElse(Tree.string(resource, "metadata.namespace"), "")
        + "/"
        + Tree.string(resource, "metadata.name");
  }

  private static String kind(Map<String, Object> resource) {
    return Tree.string(resource, "kind");
  }

  private static void applyPatch(
      Path directory, Map<String, Object> entry, List<Map<String, Object>> resources) {
    if (!Set.of("path").containsAll(entry.keySet())) {
      throw new UnsupportedOperationException("only patches with 'path' are rendered: " + entry);
    }
    Map<String, Object> patch = Yaml.document(directory.resolve(Tree.string(entry, "path")));
    String kind = kind(patch);
    String name = Tree.string(patch, "metadata.name");
    String namespace = Tree.string(patch, "metadata.namespace");
    List<Map<String, Object>> targets =
        resources.stream()
            .filter(r -> kind.equals(kind(r)) && name.equals(Tree.string(r, "metadata.name")))
            .filter(
                r -> namespace == null || namespace.equals(Tree.string(r, "metadata.namespace")))
            .toList();
    if (targets.size() != 1) {
      throw new IllegalArgumentException(
          entry + ": patch must match exactly one resource, matches " + targets.size());
    }
    merge(targets.get(0), patch, builtIn(Tree.string(patch, "apiVersion")));
  }

  /** Built-in API groups have no dot (apps, policy, ...) or end in .k8s.io; CRD groups have one. */
  private static boolean builtIn(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    return !group.contains(".") || group.endsWith(".k8s.io");
  }

  @SuppressWarnings("unchecked")
  private static void merge(
      Map<String, Object> target, Map<String, Object> patch, boolean builtIn) {
    for (Map.Entry<String, Object> entry : patch.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      if (key.startsWith("$")) {
        throw new UnsupportedOperationException("patch directive " + key + " is not rendered");
      }
      Object current = target.get(key);
      if (value == null) {
        target.remove(key);
      } else if (value instanceof Map<?, ?> map && current instanceof Map<?, ?> currentMap) {
        merge((Map<String, Object>) currentMap, (Map<String, Object>) map, builtIn);
      } else if (value instanceof List<?> list
          && current instanceof List<?> currentList
          && builtIn) {
        if (MERGE_KEYS.containsKey(key)) {
          target.put(
              key, mergeList((List<Object>) currentList, (List<Object>) list, MERGE_KEYS.get(key)));
        } else if (REPLACED_LISTS.contains(key)) {
          target.put(key, Tree.copy(value));
        } else {
          throw new UnsupportedOperationException(
              "patching the list '" + key + "' is not rendered");
        }
      } else {
        target.put(key, Tree.copy(value));
      }
    }
  }

  /** Patch items first (merged into the original item of the same key), then the others. */
  @SuppressWarnings("unchecked")
  private static List<Object> mergeList(List<Object> current, List<Object> patch, String key) {
    Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (Object item : current) {
      byKey.put(((Map<String, Object>) item).get(key), (Map<String, Object>) item);
    }
    List<Object> out = new ArrayList<>();
    Set<Object> patched = new LinkedHashSet<>();
    for (Object item : patch) {
      Map<String, Object> patchItem = (Map<String, Object>) item;
      Object id = patchItem.get(key);
      Map<String, Object> original = byKey.get(id);
      if (original == null) {
        out.add(Tree.copy(patchItem));
      } else {
        merge(original, patchItem, true);
        out.add(original);
      }
      patched.add(id);
    }
    byKey.forEach(
        (id, item) -> {
          if (!patched.contains(id)) {
            out.add(item);
          }
        });
    return out;
  }

  private static void applyLabels(Map<String, Object> labels, List<Map<String, Object>> resources) {
    if (!Set.of("pairs", "includeTemplates", "includeSelectors").containsAll(labels.keySet())
        || Boolean.TRUE.equals(labels.get("includeSelectors"))) {
      throw new UnsupportedOperationException("labels entry not rendered: " + labels);
    }
    Map<String, Object> pairs = Tree.map(labels, "pairs");
    boolean templates = Boolean.TRUE.equals(labels.get("includeTemplates"));
    for (Map<String, Object> resource : resources) {
      Tree.child(Tree.child(resource, "metadata"), "labels").putAll(pairs);
      if (templates && WORKLOADS.contains(kind(resource))) {
        Map<String, Object> template = Tree.child(Tree.child(resource, "spec"), "template");
        Tree.child(Tree.child(template, "metadata"), "labels").putAll(pairs);
      }
    }
  }

  private static void applyImage(Map<String, Object> image, List<Map<String, Object>> resources) {
    if (!Set.of("name", "newName", "newTag").containsAll(image.keySet())) {
      throw new UnsupportedOperationException("images entry not rendered: " + image);
    }
    String name = Tree.string(image, "name");
    for (Map<String, Object> resource : resources) {
      if (!WORKLOADS.contains(kind(resource))) {
        continue;
      }
      for (String list : List.of("containers", "initContainers")) {
        for (Map<String, Object> container : Tree.maps(resource, "spec.template.spec." + list)) {
          String reference = String.valueOf(container.get("image"));
          int tagAt = tagSeparator(reference);
          String imageName = tagAt < 0 ? reference : reference.substring(0, tagAt);
          if (!imageName.equals(name)) {
            continue;
          }
          String tag = tagAt < 0 ? "" : reference.substring(tagAt);
          String newName = Objects.requireNonNullElse(Tree.string(image, "newName"), imageName);
          String newTag = Tree.string(image, "newTag");
          container.put("image", newName + (newTag == null ? tag : ":" + newTag));
        }
      }
    }
  }

  /** Index of the ':' before a tag (not a registry port), or -1. */
  private static int tagSeparator(String reference) {
    int colon = reference.lastIndexOf(':');
    return colon > reference.lastIndexOf('/') ? colon : -1;
  }

  private static void checkUnique(List<Map<String, Object>> resources) {
    Set<String> ids = new LinkedHashSet<>();
    for (Map<String, Object> resource : resources) {
      if (!ids.add(id(resource))) {
        throw new IllegalArgumentException("duplicate resource " + id(resource));
      }
    }
  }
}
