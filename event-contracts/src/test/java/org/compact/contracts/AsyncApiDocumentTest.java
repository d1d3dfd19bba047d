package org.compact.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compact.contracts.fixtures.ContractFiles;
import org.compact.contracts.schema.SchemaFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** asyncapi.yaml stays in step with {@link EventType} and the committed schema files. */
class AsyncApiDocumentTest {
  private static JsonNode doc;

  @BeforeAll
  static void parse() throws IOException {
    doc = new YAMLMapper().readTree(ContractFiles.asyncApi().toFile());
  }

  /** Follows local {@code $ref}s ("#/a/b") until a node that is not a reference. */
  private static JsonNode deref(JsonNode node) {
    while (node.has("$ref") && node.get("$ref").asText().startsWith("#")) {
      String pointer = node.get("$ref").asText().substring(1);
      node = doc.at(pointer);
      assertThat(node.isMissingNode()).as("unresolved $ref #%s", pointer).isFalse();
    }
    return node;
  }

  private static JsonNode channelOf(String topic) {
    List<JsonNode> channels = new ArrayList<>();
    for (JsonNode channel : doc.path("channels")) {
      if (channel.path("address").asText().equals(topic)) {
        channels.add(channel);
      }
    }
    assertThat(channels).as("channels with address %s", topic).hasSize(1);
    return channels.get(0);
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  @Test
  void isAnAsyncApi3DocumentWithOneChannelPerTopic() {
    assertThat(doc.path("asyncapi").asText()).startsWith("3.0.");
    List<String> addresses = new ArrayList<>();
    doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));

    assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeIsAMessageOfItsTopicsChannelWithItsCommittedSchema(EventType type) {
    List<JsonNode> matching = new ArrayList<>();
    for (JsonNode ref : channelOf(type.topic()).path("messages")) {
      if (deref(ref).path("name").asText().equals(type.type())) {
        matching.add(deref(ref));
      }
    }

    assertThat(matching).as("messages named %s on %s", type.type(), type.topic()).hasSize(1);
    assertThat(matching.get(0).at("/payload/$ref").asText())
        .isEqualTo("./schemas/" + SchemaFiles.fileName(type));
  }

  @Test
  void everyMessageIsAKnownEventTypeOfItsTopicKeyedByAString() {
    for (JsonNode channel : doc.path("channels")) {
      String topic = channel.path("address").asText();
      for (JsonNode ref : channel.path("messages")) {
        JsonNode message = deref(ref);
        String name = message.path("name").asText();
        assertThat(EventType.fromType(name).map(EventType::topic)).as(name).contains(topic);

        List<JsonNode> keys = new ArrayList<>();
        keys.add(message.at("/bindings/kafka/key"));
        message.path("traits").forEach(trait -> keys.add(deref(trait).at("/bindings/kafka/key")));
        assertThat(keys)
            .as("kafka key of %s", name)
            .filteredOn(key -> !key.isMissingNode())
            .singleElement()
            .satisfies(key -> assertThat(key.path("type").asText()).isEqualTo("string"));
      }
    }
  }

  @Test
  void eachChannelIsSentByExactlyOneOperationCoveringAllItsMessages() {
    for (Map.Entry<String, JsonNode> channel : doc.path("channels").properties()) {
      String channelRef = "#/channels/" + channel.getKey();
      List<JsonNode> senders = new ArrayList<>();
      for (JsonNode operation : doc.path("operations")) {
        if (operation.at("/channel/$ref").asText().equals(channelRef)) {
          senders.add(operation);
        }
      }
      assertThat(senders).as("operations on %s", channelRef).hasSize(1);
      assertThat(senders.get(0).path("action").asText()).isEqualTo("send");

      Set<String> sent = new HashSet<>();
      senders.get(0).path("messages").forEach(ref -> sent.add(ref.path("$ref").asText()));
      Set<String> declared = new HashSet<>();
      channel
          .getValue()
          .path("messages")
          .fieldNames()
          .forEachRemaining(name -> declared.add(channelRef + "/messages/" + name));
      assertThat(sent).as("messages sent on %s", channelRef).isEqualTo(declared);
    }
  }

  @Test
  void onlyTheDisputesTopicIsMarkedInternal() {
    for (String topic : Topics.ALL) {
      List<String> tags = new ArrayList<>();
      channelOf(topic).path("tags").forEach(t -> tags.add(t.path("name").asText()));
      if (topic.equals(Topics.DISPUTES)) {
        assertThat(tags).contains("internal");
        assertThat(channelOf(topic).path("description").asText()).contains("ACL");
      } else {
        assertThat(tags).doesNotContain("internal");
      }
    }
  }

  @Test
  void everyRefResolves() throws IOException {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    Path base = ContractFiles.asyncApi().getParent();

    assertThat(refs).hasSizeGreaterThan(EventType.values().length);
    for (String ref : refs) {
      if (ref.startsWith("#")) {
        assertThat(doc.at(ref.substring(1)).isMissingNode()).as("unresolved %s", ref).isFalse();
      } else {
        Path file = base.resolve(ref).normalize();
        assertThat(file).as("file of %s", ref).isRegularFile();
        assertThat(EventCodec.mapper().readTree(file.toFile()).isObject()).as(ref).isTrue();
      }
    }
  }
}
