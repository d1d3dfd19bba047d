package org.compact.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands Quarkus the addresses of the shared real PostgreSQL and Kafka, and trusts the test JWT key.
 * Register it once per service test module on a marker class:
 *
 * <pre>
 * &#64;QuarkusTestResource(value = CompactTestResources.class,
 *     initArgs = &#64;ResourceArg(name = "database", value = "signatory"))
 * </pre>
 *
 * The servers start once per test JVM and survive Quarkus restarts between test profiles.
 */
public class CompactTestResources implements QuarkusTestResourceLifecycleManager {
  private String database = "app";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", SharedPostgres.database(database));
    config.put("quarkus.datasource.username", SharedPostgres.USER);
    config.put("quarkus.datasource.password", SharedPostgres.PASSWORD);
    config.put("kafka.bootstrap.servers", SharedKafka.bootstrapServers());
    config.put("mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_LOCATION);
    config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
    config.put("compact.time.travel-enabled", "true");
    return config;
  }

  @Override
  public void stop() {
    // shared servers stop with the JVM
  }
}
