package org.compact.notification;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** REST helpers for the webhook tests (real signed tokens from TestTokens). */
final class Api {
  static final String SUBSCRIPTIONS = "/webhooks/subscriptions";

  private Api() {}

  static RequestSpecification as(String token) {
    RequestSpecification spec = given().contentType(ContentType.JSON);
    return token == null ? spec : spec.auth().oauth2(token);
  }

  static String body(String url, List<String> eventTypes, List<String> filters) {
    StringBuilder json = new StringBuilder("{\"url\":\"").append(url).append("\",\"eventTypes\":[");
    json.append(String.join(",", eventTypes.stream().map(t -> "\"" + t + "\"").toList()));
    json.append("]");
    if (filters != null) {
      json.append(",\"filters\":[");
      json.append(String.join(",", filters.stream().map(f -> "\"" + f + "\"").toList()));
      json.append("]");
    }
    return json.append("}").toString();
  }

  /** A created subscription: its id, ETag and the secret shown once. */
  record Created(String id, String etag, String secret) {}

  static Created subscribe(String token, String url, List<String> types, List<String> filters) {
    Response response = as(token).body(body(url, types, filters)).post(SUBSCRIPTIONS);
    response.then().statusCode(201);
    JsonPath json = response.jsonPath();
    return new Created(json.getString("id"), response.header("ETag"), json.getString("secret"));
  }

  static Created subscribe(String token, String url, List<String> types) {
    return subscribe(token, url, types, null);
  }

  static String etag(String token, String subscriptionId) {
    return as(token)
        .get(SUBSCRIPTIONS + "/" + subscriptionId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  static JsonPath subscription(String token, String subscriptionId) {
    return as(token)
        .get(SUBSCRIPTIONS + "/" + subscriptionId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static List<Map<String, Object>> deliveries(String token, String subscriptionId) {
    return as(token)
        .queryParam("size", 200)
        .get(SUBSCRIPTIONS + "/" + subscriptionId + "/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  static List<Map<String, Object>> deliveriesOf(String token, String subscriptionId, UUID eventId) {
    return deliveries(token, subscriptionId).stream()
        .filter(d -> eventId.toString().equals(d.get("eventId")))
        .toList();
  }

  static JsonPath delivery(String token, String subscriptionId, String deliveryId) {
    return as(token)
        .get(SUBSCRIPTIONS + "/" + subscriptionId + "/deliveries/" + deliveryId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Response post(String token, String path, String ifMatch) {
    RequestSpecification spec = as(token);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.post(path);
  }
}
