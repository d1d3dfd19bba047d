package org.compact.signatory;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.compact.testsupport.TestTokens;

/** Test steps against the real API with real tokens; every step asserts its own status. */
final class Register {
  private Register() {}

  static RequestSpecification as(String token) {
    RequestSpecification spec = given().contentType(ContentType.JSON);
    return token == null ? spec : spec.auth().oauth2(token);
  }

  static RequestSpecification admin() {
    return as(TestTokens.admin());
  }

  /** A charity number no other test uses. */
  static String uniqueCharityNumber() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
  }

  /** A word to find just this test's organisations by name or area. */
  static String uniqueWord() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static String body(String name, String sector, String kind, String area) {
    return """
        {"name":"%s","sector":"%s","kind":"%s","area":"%s"}"""
        .formatted(name, sector, kind, area);
  }

  static UUID registerProspect(String name, String sector, String kind, String area) {
    return UUID.fromString(
        admin()
            .body(body(name, sector, kind, area))
            .post("/signatories")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  static UUID registerProspect(String name) {
    return registerProspect(name, "VCS", "charity", "Stafford");
  }

  static String etag(UUID id) {
    return admin().get("/signatories/" + id).then().statusCode(200).extract().header("ETag");
  }

  static ExtractableResponse<Response> sign(UUID id, String signedOn) {
    return admin()
        .header("If-Match", etag(id))
        .body("{\"signedOn\":\"" + signedOn + "\",\"signedBy\":\"Chief Executive\"}")
        .post("/signatories/" + id + "/sign")
        .then()
        .statusCode(200)
        .extract();
  }

  static UUID registerSigned(String name, String sector, String kind, String area) {
    UUID id = registerProspect(name, sector, kind, area);
    sign(id, "2009-04-01");
    return id;
  }

  static ExtractableResponse<Response> withdraw(UUID id, String withdrawnOn) {
    return admin()
        .header("If-Match", etag(id))
        .body("{\"withdrawnOn\":\"" + withdrawnOn + "\",\"reason\":\"Organisation closed\"}")
        .post("/signatories/" + id + "/withdraw")
        .then()
        .statusCode(200)
        .extract();
  }

  static UUID addContact(UUID organisation, String json) {
    return UUID.fromString(
        admin()
            .body(json)
            .post("/signatories/" + organisation + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  static String contactJson(
      String name, String email, boolean briefings, boolean champion, boolean showPublicly) {
    return """
        {"name":"%s","role":"Compact lead","email":"%s","phone":"01785 000111",\
        "receivesBriefings":%s,"compactChampion":%s,"showOnPublicRegister":%s}"""
        .formatted(name, email, briefings, champion, showPublicly);
  }
}
