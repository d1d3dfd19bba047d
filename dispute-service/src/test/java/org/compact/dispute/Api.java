package org.compact.dispute;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;

/** Small REST helpers for the dispute tests (real signed tokens from TestTokens). */
public final class Api {
  private Api() {}

  public static RequestSpecification as(String token) {
    RequestSpecification spec = given().contentType(ContentType.JSON);
    return token == null ? spec : spec.auth().oauth2(token);
  }

  public static String etag(String token, String disputeId) {
    return as(token).get("/disputes/" + disputeId).then().statusCode(200).extract().header("ETag");
  }

  public static Response post(String token, String path, String body, String ifMatch) {
    RequestSpecification spec = as(token).body(body);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.post(path);
  }

  public static Response put(String token, String path, String body, String ifMatch) {
    RequestSpecification spec = as(token).body(body);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.put(path);
  }

  public static String openBody(UUID complainant, UUID respondent) {
    return """
        {"complainantId":"%s","respondentIds":["%s"],"commitments":["CONSULTATION"],
         "commitmentDetails":"Twelve weeks for formal written consultations",
         "natureOfDifference":"A four-week consultation with no reasons given",
         "whatHasBeenDone":"An email to the service manager","breach":"HAPPENED"}
        """
        .formatted(complainant, respondent);
  }

  public static String open(String token, UUID complainant, UUID respondent) {
    return post(token, "/disputes", openBody(complainant, respondent), null)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String referralBody(UUID complainant, UUID respondent, String letter) {
    return """
        {"organisations":["%s","%s"],"commitments":["CONSULTATION"],
         "natureOfDifference":"A four-week consultation with no reasons given",
         "whatHasBeenDone":"Open dialogue, then a formal letter; the complaint was refused",
         "letter":"%s"}
        """
        .formatted(complainant, respondent, letter);
  }

  public static String addRosterMember(int year, String subject, UUID organisation) {
    return post(
            TestTokensHolder.admin(),
            "/ccrg/rosters/" + year + "/members",
            """
            {"subject":"%s","organisationId":"%s","name":"Name of %s"}
            """
                .formatted(subject, organisation, subject),
            null)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String ids(List<String> ids) {
    return "[" + String.join(",", ids.stream().map(i -> "\"" + i + "\"").toList()) + "]";
  }

  /** Indirection so helpers read like the tests. */
  static final class TestTokensHolder {
    static String admin() {
      return org.compact.testsupport.TestTokens.admin();
    }
  }
}
