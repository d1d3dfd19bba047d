package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compact.consultation.api.ParsedFeed;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The seed-004 demo data goes through the use cases, covers every status and loads once. */
@QuarkusTest
class DemoDataTest {
  private static io.restassured.response.Response load(String token, UUID owner) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"ownerId\":\"" + owner + "\"}")
        .post("/admin/demo-data");
  }

  @Test
  void demoConsultationsCoverEveryStatusAndLoadingTwiceChangesNothing() {
    UUID council = UUID.randomUUID();
    load(TestTokens.partner(council), council).then().statusCode(403);
    load(TestTokens.admin(), council)
        .then()
        .statusCode(200)
        .body("created", hasSize(9))
        .body("skipped", equalTo(0));
    load(TestTokens.admin(), council)
        .then()
        .statusCode(200)
        .body("created", hasSize(0))
        .body("skipped", equalTo(9));

    List<Map<String, Object>> items =
        given()
            .queryParam("organisation", council.toString())
            .queryParam("size", "50")
            .get("/consultations")
            .then()
            .statusCode(200)
            .body("total", equalTo(9))
            .extract()
            .path("items");
    Map<Object, Long> byStatus =
        items.stream().collect(Collectors.groupingBy(i -> i.get("status"), Collectors.counting()));
    assertThat(byStatus)
        .containsEntry("OUTCOME_PUBLISHED", 3L)
        .containsEntry("RESULTS_PUBLISHED", 1L)
        .containsEntry("CLOSED", 2L)
        .containsEntry("OPEN", 1L)
        .containsEntry("PLANNED", 1L)
        .containsEntry("CANCELLED", 1L);
    assertThat(items)
        .filteredOn(i -> i.get("title").equals("Place Survey 2008"))
        .singleElement()
        .satisfies(i -> assertThat(((Map<?, ?>) i.get("leadIn")).get("ruleMet")).isEqualTo(false));

    ParsedFeed feed =
        ParsedFeed.parse(
            given()
                .queryParam("organisation", council.toString())
                .get("/calendar.ics")
                .asByteArray());
    assertThat(feed.eventsByUid).hasSize(9);
  }
}
