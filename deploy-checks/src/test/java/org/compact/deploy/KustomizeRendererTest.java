package org.compact.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer against the real kustomize: a fixture using every feature and kustomize's output.
 */
class KustomizeRendererTest {
  static final Path FIXTURE = Path.of("src/test/resources/kustomize-fixture");

  @Test
  void rendersTheFixtureExactlyAsKustomizeDoes() {
    Map<String, Map<String, Object>> expected =
        byId(Yaml.documents(FIXTURE.resolve("expected.yaml")));
    Map<String, Map<String, Object>> rendered = byId(Kustomize.render(FIXTURE.resolve("overlay")));

    assertThat(rendered.keySet()).containsExactlyElementsOf(expected.keySet());
    // maps compare by content; lists by order (kustomize's merged lists: patch items first)
    rendered.forEach((id, resource) -> assertThat(resource).as(id).isEqualTo(expected.get(id)));
  }

  @Test
  void refusesKustomizeFeaturesItDoesNotRender(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\ncommonLabels:\n  a: b\n");
    assertThatThrownBy(() -> Kustomize.render(dir))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("commonLabels");
  }

  @Test
  void refusesAPatchThatMatchesNothing(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources: [cm.yaml]\npatches:\n  - path: patch.yaml\n");
    Files.writeString(
        dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    Files.writeString(
        dir.resolve("patch.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");
    assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("matches 0");
  }

  static Map<String, Map<String, Object>> byId(List<Map<String, Object>> resources) {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    resources.forEach(r -> out.put(Kustomize.id(r), r));
    return out;
  }
}
