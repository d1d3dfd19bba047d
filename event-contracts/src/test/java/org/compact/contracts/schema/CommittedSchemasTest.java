package org.compact.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventType;
import org.compact.contracts.fixtures.ContractFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The committed schemas are the contract other services build against. With {@code
 * -Dcontracts.update=true} this test rewrites them from code, but only where the change is backward
 * compatible; without it, it fails on any difference.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommittedSchemasTest {
  static final String REGENERATE =
      "./mvnw -pl event-contracts test -Dtest=CommittedSchemasTest -Dcontracts.update=true";

  @TestFactory
  @Order(1)
  Stream<DynamicTest> committedSchemaIsBackwardCompatibleAndUpToDate() {
    return SchemaFiles.generateAll().entrySet().stream()
        .map(e -> dynamicTest(e.getKey(), () -> checkOrUpdate(e.getKey(), e.getValue())));
  }

  @Test
  @Order(2)
  void everyEventTypeHasACommittedSchemaAndNoStrayOneExists() throws IOException {
    Set<String> expected =
        Arrays.stream(EventType.values()).map(SchemaFiles::fileName).collect(Collectors.toSet());
    expected.add(SchemaFiles.ENVELOPE);
    Set<String> committed;
    try (Stream<Path> files = Files.list(ContractFiles.schemasDir())) {
      committed = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }

    Set<String> missing = new HashSet<>(expected);
    missing.removeAll(committed);
    Set<String> stray = new HashSet<>(committed);
    stray.removeAll(expected);
    assertThat(missing).as("event types without a committed schema; run " + REGENERATE).isEmpty();
    assertThat(stray)
        .as("schema files for no known event type (removing a type breaks consumers)")
        .isEmpty();
  }

  private static void checkOrUpdate(String fileName, ObjectNode generated) throws IOException {
    Path file = ContractFiles.schema(fileName);
    if (Files.exists(file)) {
      JsonNode committed = EventCodec.mapper().readTree(file.toFile());
      assertThat(SchemaCompatibility.breakingChanges(committed, generated))
          .as(
              "breaking changes in %s against the committed schema: keep fields and types, add"
                  + " only optional fields or enum values, or introduce a new event type",
              fileName)
          .isEmpty();
    }
    String text = SchemaFiles.toText(generated);
    if (ContractFiles.updateRequested()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return;
    }
    assertThat(file).as("no committed schema %s: run %s", fileName, REGENERATE).exists();
    assertThat(Files.readString(file))
        .as(
            "%s differs from the schema generated from the records (compatible change): run %s"
                + " and commit the result",
            fileName, REGENERATE)
        .isEqualTo(text);
  }
}
