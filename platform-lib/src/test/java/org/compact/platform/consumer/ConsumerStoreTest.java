package org.compact.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsumerStoreTest {
  @Test
  void aZeroCharacterIsReplacedSoThatADeadLetterCanBeStored() {
    assertThat(ConsumerStore.storable("key" + (char) 0 + "x")).isEqualTo("key\uFFFDx");
    assertThat(ConsumerStore.storable("plain")).isEqualTo("plain");
    assertThat(ConsumerStore.storable(null)).isNull();
  }
}
