package org.compact.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.compact.contracts.Topics;
import org.junit.jupiter.api.Test;

/** deploy/k8s rendered (base and production) and checked against the Kubernetes API schemas. */
class KubernetesManifestsTest {
  static final Path K8S = Repo.path("deploy", "k8s");
  static final List<Map<String, Object>> BASE = Kustomize.render(K8S.resolve("base"));
  static final List<Map<String, Object>> PRODUCTION =
      Kustomize.render(K8S.resolve("overlays/production"));

  @Test
  void everyRenderedResourceMatchesTheSchemaOfItsKind() {
    List<String> errors = new ArrayList<>();
    for (List<Map<String, Object>> rendering : List.of(BASE, PRODUCTION)) {
      rendering.forEach(resource -> errors.addAll(K8sSchemas.errors(resource)));
    }
    assertThat(errors).isEmpty();
    assertThat(kinds(PRODUCTION))
        .containsExactlyInAnyOrder(
            "Namespace",
            "ConfigMap",
            "Deployment",
            "Service",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "NetworkPolicy",
            "Ingress",
            "Kafka",
            "KafkaNodePool",
            "KafkaTopic",
            "KafkaUser",
            "Cluster");
  }

  @Test
  void theValidatorRejectsABrokenManifest() {
    List<Map<String, Object>> broken =
        Yaml.documents(Path.of("src/test/resources/k8s-broken/broken.yaml"));
    Map<String, String> errors = new TreeMap<>();
    broken.forEach(
        r -> errors.put(Tree.string(r, "kind"), String.join("\n", K8sSchemas.errors(r))));

    assertThat(errors.get("Deployment"))
        .contains("readinesProbe") // unknown field (typo)
        .contains("selector") // required field missing
        .contains("replicas"); // wrong type
    assertThat(errors.get("KafkaTopic")).contains("partitons");
    assertThat(errors.get("Cluster")).contains("instances");
  }

  @Test
  void deploymentsProbeQuarkusHealthAndRunRestrictedWithLimits() {
    List<Map<String, Object>> deployments = ofKind(PRODUCTION, "Deployment");
    assertThat(deployments)
        .extracting(d -> Tree.string(d, "metadata.name"))
        .containsExactlyInAnyOrderElementsOf(Services.MODULES);
    for (Map<String, Object> deployment : deployments) {
      String name = Tree.string(deployment, "metadata.name");
      Map<String, Object> pod = Tree.map(deployment, "spec.template.spec");
      Map<String, Object> container = Tree.maps(pod, "containers").get(0);
      assertThat(Tree.string(container, "startupProbe.httpGet.path"))
          .isEqualTo("/q/health/started");
      assertThat(Tree.string(container, "readinessProbe.httpGet.path"))
          .isEqualTo("/q/health/ready");
      assertThat(Tree.string(container, "livenessProbe.httpGet.path")).isEqualTo("/q/health/live");
      assertThat(Tree.map(container, "resources.requests")).containsKeys("cpu", "memory");
      assertThat(Tree.map(container, "resources.limits")).containsKey("memory");
      assertThat(Tree.get(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
      assertThat(Tree.string(pod, "securityContext.seccompProfile.type"))
          .isEqualTo("RuntimeDefault");
      assertThat(Tree.get(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
      assertThat(Tree.get(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
      assertThat(Tree.list(container, "securityContext.capabilities.drop")).containsExactly("ALL");
      assertThat(Tree.string(container, "image"))
          .as("production image of %s", name)
          .matches("registry\\.compact\\.example/compact/" + name + ":\\d+\\.\\d+\\.\\d+");
      assertThat(Tree.get(deployment, "spec.replicas")).as("the HPA owns replicas").isNull();

      Map<String, Object> podLabels = Tree.map(deployment, "spec.template.metadata.labels");
      assertThat(selecting(ofKind(PRODUCTION, "Service"), "spec.selector", podLabels)).hasSize(1);
      assertThat(
              selecting(
                  ofKind(PRODUCTION, "PodDisruptionBudget"),
                  "spec.selector.matchLabels",
                  podLabels))
          .hasSize(1);
      assertThat(ofKind(PRODUCTION, "HorizontalPodAutoscaler"))
          .filteredOn(h -> name.equals(Tree.string(h, "spec.scaleTargetRef.name")))
          .singleElement()
          .satisfies(
              h -> assertThat((Integer) Tree.get(h, "spec.minReplicas")).isGreaterThanOrEqualTo(2));
    }
  }

  @Test
  void networkPoliciesDenyByDefaultAndLetEachServiceReachOnlyItsOwnDatabase() {
    Map<String, Map<String, Object>> policies = new TreeMap<>();
    ofKind(PRODUCTION, "NetworkPolicy")
        .forEach(p -> policies.put(Tree.string(p, "metadata.name"), p));

    Map<String, Object> denyIngress = policies.get("default-deny-ingress");
    assertThat(Tree.map(denyIngress, "spec.podSelector")).isEmpty();
    assertThat(Tree.list(denyIngress, "spec.policyTypes")).containsExactly("Ingress");
    assertThat(Tree.get(denyIngress, "spec.ingress")).isNull();
    assertThat(Tree.list(policies.get("services-default-deny-egress"), "spec.policyTypes"))
        .containsExactly("Egress");

    for (String module : Services.MODULES) {
      String database = Services.database(module) + "-db";
      Set<String> reachableDatabases = new TreeSet<>();
      for (Map<String, Object> rule : Tree.maps(policies.get(module), "spec.egress")) {
        for (Map<String, Object> peer : Tree.maps(rule, "to")) {
          Object cluster = Tree.map(peer, "podSelector.matchLabels").get("cnpg.io/cluster");
          if (cluster != null) {
            reachableDatabases.add(String.valueOf(cluster));
          }
        }
      }
      assertThat(reachableDatabases).as("databases %s may reach", module).containsExactly(database);
      // the database accepts the service, its own instances and the operator only
      List<Object> allowed = new ArrayList<>();
      Tree.maps(policies.get(Services.database(module) + "-db"), "spec.ingress")
          .forEach(rule -> allowed.addAll(Tree.list(rule, "from")));
      assertThat(allowed.toString()).contains(module).doesNotContain("ipBlock");
    }
  }

  @Test
  void notificationServiceReachesWebhookReceiversOnlyOnPublicAddressesAndHasItsKeyFromASecret() {
    Map<String, Object> policy =
        ofKind(PRODUCTION, "NetworkPolicy").stream()
            .filter(p -> "notification-service".equals(Tree.string(p, "metadata.name")))
            .findFirst()
            .orElseThrow();
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (Map<String, Object> rule : Tree.maps(policy, "spec.egress")) {
      for (Map<String, Object> peer : Tree.maps(rule, "to")) {
        if (!Tree.map(peer, "ipBlock").isEmpty()) {
          blocks.add(Tree.map(peer, "ipBlock"));
          assertThat(Tree.maps(rule, "ports"))
              .extracting(port -> port.get("port"))
              .containsExactly(443);
        }
      }
    }
    assertThat(blocks).singleElement();
    assertThat(Tree.list(blocks.get(0), "except"))
        .contains(
            "10.0.0.0/8",
            "172.16.0.0/12",
            "192.168.0.0/16",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "100.64.0.0/10");
    assertThat(env(deployment("notification-service")))
        .containsEntry(
            "COMPACT_NOTIFICATION_SECRET_KEY", "secret notification-webhook-key/secret-key")
        .containsEntry("KAFKA_GROUP_ID", "notification-service");
  }

  @Test
  void topicsKeepEventsForeverOnThreeReplicas() {
    List<Map<String, Object>> topics = ofKind(PRODUCTION, "KafkaTopic");
    assertThat(topics)
        .extracting(t -> Tree.string(t, "metadata.name"))
        .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    for (Map<String, Object> topic : topics) {
      assertThat(Tree.get(topic, "spec.replicas")).isEqualTo(3);
      assertThat(Tree.map(topic, "spec.config")).containsEntry("retention.ms", -1);
      assertThat(Tree.map(topic, "metadata.labels")).containsEntry("strimzi.io/cluster", "compact");
    }
    Map<String, Object> pool = ofKind(PRODUCTION, "KafkaNodePool").get(0);
    assertThat(Tree.get(pool, "spec.replicas")).isEqualTo(3);
    assertThat(Tree.list(pool, "spec.roles")).containsExactlyInAnyOrder("controller", "broker");
    Map<String, Object> kafka = ofKind(PRODUCTION, "Kafka").get(0);
    assertThat(Tree.string(kafka, "spec.kafka.authorization.type")).isEqualTo("simple");
    assertThat(Tree.maps(kafka, "spec.kafka.listeners"))
        .allSatisfy(
            l -> assertThat(Tree.string(l, "authentication.type")).isEqualTo("scram-sha-512"));
  }

  @Test
  void aclsLetEachServiceWriteOnlyItsTopicAndOnlyPlatformServicesReadDisputes() {
    Map<String, Set<String>> writers = new TreeMap<>();
    Map<String, Set<String>> readers = new TreeMap<>();
    Map<String, Set<String>> groups = new TreeMap<>();
    for (Map<String, Object> user : ofKind(PRODUCTION, "KafkaUser")) {
      String principal = Tree.string(user, "metadata.name");
      for (Map<String, Object> acl : Tree.maps(user, "spec.authorization.acls")) {
        assertThat(Tree.string(acl, "resource.patternType")).isEqualTo("literal");
        assertThat(acl.get("type")).isIn(null, "allow");
        String resource = Tree.string(acl, "resource.name");
        List<Object> operations = Tree.list(acl, "operations");
        assertThat(operations).doesNotContain("All", "Alter", "Delete", "Create");
        switch (Tree.string(acl, "resource.type")) {
          case "topic" -> {
            if (operations.contains("Write")) {
              writers.computeIfAbsent(resource, k -> new TreeSet<>()).add(principal);
            }
            if (operations.contains("Read")) {
              readers.computeIfAbsent(resource, k -> new TreeSet<>()).add(principal);
            }
          }
          case "group" -> groups.computeIfAbsent(principal, k -> new TreeSet<>()).add(resource);
          default -> throw new AssertionError(principal + " has an ACL on " + acl);
        }
      }
    }
    assertThat(writers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Topics.SIGNATORIES, Set.of("signatory-service"),
                Topics.ACTIONPLANS, Set.of("actionplan-service"),
                Topics.DISPUTES, Set.of("dispute-service"),
                Topics.CONSULTATIONS, Set.of("consultation-service")));
    assertThat(readers.get(Topics.DISPUTES))
        .containsExactlyInAnyOrder("reporting-service", "notification-service");
    // actionplan-service keeps a signatory replica (withdrawn partners may not record progress)
    assertThat(readers.get(Topics.SIGNATORIES))
        .containsExactlyInAnyOrder(
            "actionplan-service", "dispute-service", "reporting-service", "notification-service");
    assertThat(readers.get(Topics.ACTIONPLANS))
        .containsExactlyInAnyOrder("reporting-service", "notification-service");
    assertThat(readers.get(Topics.CONSULTATIONS))
        .containsExactlyInAnyOrder("reporting-service", "notification-service");
    // consumers read only with their own group, which is the group id their Deployment sets
    assertThat(groups)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "actionplan-service",
                Set.of("actionplan-service"),
                "dispute-service",
                Set.of("dispute-service"),
                "reporting-service",
                Set.of("reporting-service"),
                "notification-service",
                Set.of("notification-service")));
    groups
        .keySet()
        .forEach(
            consumer ->
                assertThat(env(deployment(consumer))).containsEntry("KAFKA_GROUP_ID", consumer));
  }

  @Test
  void eachServiceHasItsOwnPostgresClusterAndSecretsAreOnlyReferenced() {
    assertThat(kinds(PRODUCTION)).doesNotContain("Secret");
    List<Map<String, Object>> clusters = ofKind(PRODUCTION, "Cluster");
    assertThat(clusters).hasSize(Services.MODULES.size());
    for (String module : Services.MODULES) {
      String database = Services.database(module);
      Map<String, Object> cluster =
          clusters.stream()
              .filter(c -> (database + "-db").equals(Tree.string(c, "metadata.name")))
              .findFirst()
              .orElseThrow();
      assertThat(Tree.string(cluster, "spec.bootstrap.initdb.database")).isEqualTo(database);
      assertThat(Tree.string(cluster, "spec.bootstrap.initdb.owner")).isEqualTo(database);
      assertThat((Integer) Tree.get(cluster, "spec.instances")).isGreaterThanOrEqualTo(3);

      Map<String, Object> container =
          Tree.maps(deployment(module), "spec.template.spec.containers").get(0);
      for (Map<String, Object> variable : Tree.maps(container, "env")) {
        String name = String.valueOf(variable.get("name"));
        if (name.matches(".*(PASSWORD|USERNAME|JAAS|SECRET).*")) {
          assertThat(variable).as(name).doesNotContainKey("value");
        }
      }
      assertThat(env(deployment(module)))
          .containsEntry(
              "QUARKUS_DATASOURCE_JDBC_URL",
              "jdbc:postgresql://" + database + "-db-rw:5432/" + database + "?sslmode=require")
          .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "secret " + database + "-db-app/password")
          .containsEntry("KAFKA_SASL_JAAS_CONFIG", "secret " + module + "/sasl.jaas.config");
    }
  }

  @Test
  void kubernetesSetsEveryVariableComposeSetsForEachService() {
    ComposeFile compose = new ComposeFile(ComposeFile.templateFilled());
    for (String module : Services.MODULES) {
      Set<String> k8s = new HashSet<>(env(deployment(module)).keySet());
      assertThat(k8s)
          .as("environment of %s on Kubernetes", module)
          .containsAll(compose.environment(module).keySet());
    }
  }

  @Test
  void everyContainerMemoryLimitHoldsTheJvmsHeapAndNonHeapCaps() {
    for (Map<String, Object> deployment : ofKind(PRODUCTION, "Deployment")) {
      String name = Tree.string(deployment, "metadata.name");
      Map<String, Object> container = Tree.maps(deployment, "spec.template.spec.containers").get(0);
      String javaOptions = env(deployment).get("JAVA_OPTS");
      assertThat(javaOptions)
          .as("JAVA_OPTS of %s", name)
          .contains("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Xss512k");
      JvmMemory jvm = JvmMemory.of(javaOptions);
      long limit = JvmMemory.quantity(Tree.string(container, "resources.limits.memory"));
      long request = JvmMemory.quantity(Tree.string(container, "resources.requests.memory"));
      assertThat(jvm.fitsIn(limit))
          .as(
              "%s: limit %d MiB >= heap + metaspace + code cache + %d MiB (%d MiB)",
              name, limit >> 20, JvmMemory.UNCAPPED >> 20, jvm.bound() >> 20)
          .isTrue();
      assertThat(request).as("%s: request <= limit", name).isLessThanOrEqualTo(limit);
    }
    Map<String, String> shared = env(deployment("signatory-service"));
    assertThat(JvmMemory.of(shared.get("JAVA_OPTS")).heap()).isEqualTo(192L << 20);
    assertThat(JvmMemory.of(env(deployment("reporting-service")).get("JAVA_OPTS")).heap())
        .as("production: the annual report needs a larger heap")
        .isEqualTo(640L << 20);
  }

  @Test
  void theMemoryCheckRejectsALimitBelowTheJvmsCaps() {
    JvmMemory jvm =
        JvmMemory.of(
            "-Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m");

    assertThat(jvm.fitsIn(JvmMemory.quantity("512Mi"))).isTrue();
    assertThat(jvm.fitsIn(JvmMemory.quantity("384Mi"))).isFalse();
    assertThat(JvmMemory.quantity("1Gi")).isEqualTo(1L << 30);
    assertThatThrownBy(() -> JvmMemory.of("-Xmx192m"))
        .as("uncapped metaspace cannot be checked")
        .hasMessageContaining("MaxMetaspaceSize");
  }

  /** The container environment: ConfigMap values, literal values, and "secret name/key". */
  static Map<String, String> env(Map<String, Object> deployment) {
    Map<String, String> out = new TreeMap<>();
    Map<String, Object> container = Tree.maps(deployment, "spec.template.spec.containers").get(0);
    for (Map<String, Object> source : Tree.maps(container, "envFrom")) {
      String configMap = Tree.string(source, "configMapRef.name");
      ofKind(PRODUCTION, "ConfigMap").stream()
          .filter(c -> configMap.equals(Tree.string(c, "metadata.name")))
          .forEach(c -> Tree.map(c, "data").forEach((k, v) -> out.put(k, String.valueOf(v))));
    }
    for (Map<String, Object> variable : Tree.maps(container, "env")) {
      Object value = variable.get("value");
      out.put(
          String.valueOf(variable.get("name")),
          value != null
              ? String.valueOf(value)
              : "secret "
                  + Tree.string(variable, "valueFrom.secretKeyRef.name")
                  + "/"
                  + Tree.string(variable, "valueFrom.secretKeyRef.key"));
    }
    return out;
  }

  static Map<String, Object> deployment(String name) {
    return ofKind(PRODUCTION, "Deployment").stream()
        .filter(d -> name.equals(Tree.string(d, "metadata.name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment " + name));
  }

  static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
    return resources.stream().filter(r -> kind.equals(Tree.string(r, "kind"))).toList();
  }

  private static Set<String> kinds(List<Map<String, Object>> resources) {
    Set<String> kinds = new TreeSet<>();
    resources.forEach(r -> kinds.add(Tree.string(r, "kind")));
    return kinds;
  }

  private static List<Map<String, Object>> selecting(
      List<Map<String, Object>> resources, String selectorPath, Map<String, Object> podLabels) {
    return resources.stream()
        .filter(r -> podLabels.entrySet().containsAll(Tree.map(r, selectorPath).entrySet()))
        .filter(r -> !Tree.map(r, selectorPath).isEmpty())
        .toList();
  }
}
