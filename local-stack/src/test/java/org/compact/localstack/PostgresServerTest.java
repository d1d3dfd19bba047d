package org.compact.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresServerTest {
  @Test
  void onlyPlainNamesGoIntoDdl() {
    assertThat(PostgresServer.identifier("actionplan")).isEqualTo("actionplan");
    assertThatThrownBy(() -> PostgresServer.identifier("x; DROP DATABASE y"))
        .isInstanceOf(StackException.class);
    assertThatThrownBy(() -> PostgresServer.identifier("Compact"))
        .isInstanceOf(StackException.class);
  }

  @Test
  void passwordLiteralDoublesQuotes() {
    assertThat(PostgresServer.literal("it's")).isEqualTo("'it''s'");
  }
}
