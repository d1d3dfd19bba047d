package org.compact.consultation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.compact.testsupport.TestTokens;

/** Request bodies and calls shared by the REST tests. */
public final class Fixtures {
  private Fixtures() {}

  /** A valid consultation body; {@code extra} is spliced in as more JSON members. */
  public static String body(UUID ownerId, LocalDate opensOn, LocalDate closesOn, String extra) {
    return """
        {"ownerId":"%s","title":"Local priorities","summary":"What matters most to you?",
         "audiences":["RESIDENTS","CITIZENS_PANEL"],"methods":["SURVEY"],
         "representativeViews":true,"directViews":true,
         "opensOn":"%s","closesOn":"%s","contact":"consultation@example.gov.uk",
         "links":[{"title":"Survey","url":"https://example.gov.uk/survey"}]%s}
        """
        .formatted(ownerId, opensOn, closesOn, extra == null ? "" : "," + extra);
  }

  public static Response schedule(String token, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/consultations");
  }

  /** Schedules as compact-admin and returns the id. */
  public static String scheduled(UUID ownerId, LocalDate opensOn, LocalDate closesOn) {
    return schedule(TestTokens.admin(), body(ownerId, opensOn, closesOn, null))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A consultation that closed long ago (entered as historic, so CLOSED at once). */
  public static String closed(UUID ownerId) {
    return scheduled(ownerId, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31));
  }

  public static String etag(String id) {
    return given().get("/consultations/" + id).then().statusCode(200).extract().header("ETag");
  }

  public static String result(String externalRef, int responses) {
    return """
        {"externalRef":"%s","publishedOn":"2025-05-01","summary":"Community safety ranked first.",
         "responseCount":%d,"documents":["https://example.gov.uk/results.pdf"],
         "breakdown":[{"dimension":"age","group":"18-24","responses":12}]}
        """
        .formatted(externalRef, responses);
  }

  public static Response pushResult(String token, String id, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/consultations/" + id + "/results");
  }
}
