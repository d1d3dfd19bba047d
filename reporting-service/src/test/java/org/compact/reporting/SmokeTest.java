package org.compact.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.compact.reporting.events.ReadModelConsumer;
import org.compact.testsupport.ServiceSmokeTest;
import org.junit.jupiter.api.BeforeEach;

@QuarkusTest
class SmokeTest extends ServiceSmokeTest {
  @Inject ReadModelConsumer consumer;

  /** Readiness includes the consumer, which assigns its partitions just after start-up. */
  @BeforeEach
  void consumerAssigned() {
    TestEvents.await(() -> consumer.state().ready(), "read-model consumer ready");
  }
}
