package org.compact.signatory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.compact.testsupport.Db;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyKeyTest {
  @Inject DataSource dataSource;

  private static final String BODY =
      "{\"name\":\"Idempotent Trust\",\"sector\":\"VCS\",\"kind\":\"charity\"}";

  @Test
  void sameKeyAndBodyReplaysTheFirstResponseAndCreatesOnce() {
    String key = UUID.randomUUID().toString();
    Db db = new Db(dataSource);
    long before = db.count("select count(*) from organisation where name = 'Idempotent Trust'");
    String first = post(key, BODY).then().statusCode(201).extract().path("id");
    String second =
        post(key, BODY)
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");
    assertThat(second).isEqualTo(first);
    assertThat(db.count("select count(*) from organisation where name = 'Idempotent Trust'"))
        .isEqualTo(before + 1);
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    post(key, BODY).then().statusCode(201);
    post(key, BODY.replace("Idempotent Trust", "Another Trust"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://compact.example/problems/idempotency-key-reused"));
    // a different caller may use the same key for its own request
    given()
        .auth()
        .oauth2(TestTokens.token(TestTokens.COMPACT_ADMIN, null, "another-admin"))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(BODY.replace("Idempotent Trust", "Another Trust"))
        .post("/signatories")
        .then()
        .statusCode(201);
  }

  private static io.restassured.response.Response post(String key, String body) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/signatories");
  }
}
