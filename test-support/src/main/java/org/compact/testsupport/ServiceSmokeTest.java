package org.compact.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What every service must serve. Subclass it with {@code @QuarkusTest} in each service. The OpenAPI
 * document is committed at {@code openapi/openapi.yaml} in the module; this test fails when the
 * generated one drifts. Regenerate with {@code -Dopenapi.update=true}.
 */
public abstract class ServiceSmokeTest {
  static final Path COMMITTED_OPENAPI = Path.of("openapi", "openapi.yaml");

  @Test
  void servesHealthMetricsOpenApiAndSwaggerUi() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/metrics").then().statusCode(200).body(containsString("compact_outbox_pending"));
    given().get("/q/openapi").then().statusCode(200).body(containsString("openapi: 3"));
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void unknownRouteIsProblemJson() {
    given()
        .get("/no-such-route")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void committedOpenApiMatchesTheCode() throws IOException {
    String generated =
        given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
    if (Boolean.getBoolean("openapi.update")) {
      Files.createDirectories(COMMITTED_OPENAPI.getParent());
      Files.writeString(COMMITTED_OPENAPI, generated, StandardCharsets.UTF_8);
    }
    if (!Files.exists(COMMITTED_OPENAPI)) {
      throw new AssertionError(
          "no committed "
              + COMMITTED_OPENAPI.toAbsolutePath()
              + "; run with -Dopenapi.update=true");
    }
    String committed = Files.readString(COMMITTED_OPENAPI, StandardCharsets.UTF_8);
    if (!committed.equals(generated)) {
      throw new AssertionError(
          "the OpenAPI document generated from the code differs from "
              + COMMITTED_OPENAPI.toAbsolutePath()
              + "; review the change and regenerate with -Dopenapi.update=true\n"
              + firstDifference(committed, generated));
    }
  }

  private static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return "line " + (i + 1) + ":\n  committed: " + a[i] + "\n  generated: " + b[i];
      }
    }
    return "lengths differ: " + a.length + " vs " + b.length + " lines";
  }
}
