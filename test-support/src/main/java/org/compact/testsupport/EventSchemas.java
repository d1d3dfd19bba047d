package org.compact.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;

/** Validates a published message against the committed JSON Schema of its event type. */
public final class EventSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private EventSchemas() {}

  /** The validation errors of {@code json} against its type's schema (empty when valid). */
  public static List<String> errors(String json) {
    EventEnvelope envelope = EventCodec.read(json);
    Schema schema = SCHEMAS.computeIfAbsent(envelope.type(), EventSchemas::load);
    List<Error> errors =
        schema.validate(
            json,
            InputFormat.JSON,
            context ->
                context.setExecutionConfig(
                    new ExecutionConfig.Builder().formatAssertionsEnabled(true).build()));
    return errors.stream().map(Error::toString).toList();
  }

  public static void assertValid(String json) {
    List<String> errors = errors(json);
    if (!errors.isEmpty()) {
      throw new AssertionError("event does not match its schema: " + errors + "\n" + json);
    }
  }

  private static Schema load(String type) {
    String resource = "schemas/" + type + ".schema.json";
    try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no committed schema " + resource);
      }
      return REGISTRY.getSchema(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
