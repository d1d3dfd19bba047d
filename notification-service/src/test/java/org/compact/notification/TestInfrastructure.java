package org.compact.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.compact.testsupport.CompactTestResources;

/** Real PostgreSQL and Kafka for every test of this module (started once per JVM). */
@QuarkusTestResource(
    value = CompactTestResources.class,
    initArgs = @ResourceArg(name = "database", value = "notification"))
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
