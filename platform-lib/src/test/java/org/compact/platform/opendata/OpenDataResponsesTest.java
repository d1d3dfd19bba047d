package org.compact.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenDataResponsesTest {

  @Test
  void ifNoneMatchUsesWeakComparisonAndAcceptsListsAndTheWildcard() {
    assertThat(OpenDataResponses.matches("W/\"abc\"", "W/\"abc\"")).isTrue();
    assertThat(OpenDataResponses.matches("\"abc\"", "W/\"abc\"")).isTrue();
    assertThat(OpenDataResponses.matches("\"old\", W/\"abc\"", "W/\"abc\"")).isTrue();
    assertThat(OpenDataResponses.matches("*", "\"abc\"")).isTrue();
  }

  @Test
  void anotherTagOrNoHeaderIsNoMatch() {
    assertThat(OpenDataResponses.matches("\"abd\"", "\"abc\"")).isFalse();
    assertThat(OpenDataResponses.matches(null, "\"abc\"")).isFalse();
    assertThat(OpenDataResponses.matches(" ", "\"abc\"")).isFalse();
  }

  @Test
  void theHashIsStableAndDependsOnTheContent() {
    assertThat(OpenDataResponses.hash("a,b\r\n")).isEqualTo(OpenDataResponses.hash("a,b\r\n"));
    assertThat(OpenDataResponses.hash("a,b\r\n")).isNotEqualTo(OpenDataResponses.hash("a,c\r\n"));
    assertThat(OpenDataResponses.hash("x")).hasSize(32);
  }

  @Test
  void theJsonHashCoversEveryPartInOrder() {
    ObjectMapper json = new ObjectMapper();
    String hash = OpenDataResponses.hashOfJson(json, "meta", List.of(1, 2));
    assertThat(OpenDataResponses.hashOfJson(json, "meta", List.of(1, 2))).isEqualTo(hash);
    assertThat(OpenDataResponses.hashOfJson(json, "meta", List.of(2, 1))).isNotEqualTo(hash);
    assertThat(hash).isEqualTo(OpenDataResponses.hash("[\"meta\",[1,2]]"));
  }

  @Test
  void linksNameTheLicenceTheCatalogueAndTheOtherFormat() {
    assertThat(
            OpenDataResponses.links(
                "https://licence.example/ogl", "https://x.example/api", "data.csv", "text/csv"))
        .containsExactly(
            "<https://licence.example/ogl>; rel=\"license\"",
            "<https://x.example/api/open-data>; rel=\"describedby\"; type=\"application/json\"",
            "<https://x.example/api/open-data/data.csv>; rel=\"alternate\"; type=\"text/csv\"");
  }
}
