package org.compact.platform.lease;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeasesTest {
  @Test
  void leaseKeyIsStableAcrossInstancesAndDistinctPerName() {
    assertThat(Leases.keyOf("outbox-relay")).isEqualTo(Leases.keyOf("outbox-relay"));
    assertThat(Leases.keyOf("outbox-relay")).isNotEqualTo(Leases.keyOf("overdue-sweep"));
  }
}
