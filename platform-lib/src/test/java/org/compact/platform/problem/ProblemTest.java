package org.compact.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void extensionsAreTopLevelMembersWrittenOnce() throws Exception {
    Problem problem =
        new Problem(
            URI.create("https://compact.example/problems/conflict"),
            "Conflict",
            409,
            "Only a DRAFT plan can be published",
            URI.create("/plans/1/publish"),
            null,
            Map.of("planStatus", "ARCHIVED"));

    JsonNode body = json.readTree(json.writeValueAsString(problem));

    assertThat(body.get("status").asInt()).isEqualTo(409);
    assertThat(body.get("planStatus").asText()).isEqualTo("ARCHIVED");
    assertThat(body.has("extensions")).isFalse();
  }

  @Test
  void extensionMayNotOverwriteAStandardMember() {
    for (String reserved : Problem.RESERVED_MEMBERS) {
      assertThatThrownBy(
              () -> new Problem(null, "Conflict", 409, null, null, null, Map.of(reserved, "x")))
          .as(reserved)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(reserved);
    }
  }
}
