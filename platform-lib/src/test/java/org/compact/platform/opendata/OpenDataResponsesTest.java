package org.compact.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;

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
}
