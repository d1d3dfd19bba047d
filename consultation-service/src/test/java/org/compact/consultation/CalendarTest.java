package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.compact.consultation.api.ParsedFeed;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The public calendar: list, month view and iCalendar feed, with filters. */
@QuarkusTest
class CalendarTest {
  static final String AWKWARD = "Café, Bürgerforum; 'Citizens’ Panel'\nline 2 🗳️👩🏽‍🤝‍👩🏻";

  private static String scheduleWith(UUID owner, LocalDate opens, LocalDate closes, String json) {
    return Fixtures.schedule(
            TestTokens.admin(),
            Fixtures.body(owner, opens, closes, null)
                .replace(
                    "\"audiences\":[\"RESIDENTS\",\"CITIZENS_PANEL\"],\"methods\":[\"SURVEY\"]",
                    json))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void listFiltersByOrganisationAudienceMethodStatusAndDatesWithoutAToken() {
    UUID owner = UUID.randomUUID();
    String panel =
        scheduleWith(
            owner,
            LocalDate.of(2034, 1, 2),
            LocalDate.of(2034, 3, 27),
            "\"audiences\":[\"CITIZENS_PANEL\"],\"methods\":[\"CITIZENS_PANEL\",\"SURVEY\"]");
    String hardToReach =
        scheduleWith(
            owner,
            LocalDate.of(2034, 3, 1),
            LocalDate.of(2034, 5, 24),
            "\"audiences\":[\"HARD_TO_REACH_GROUPS\"],\"methods\":[\"FOCUS_GROUP\"]");
    String historic = Fixtures.closed(owner);
    String others =
        Fixtures.scheduled(UUID.randomUUID(), LocalDate.of(2034, 1, 2), LocalDate.of(2034, 3, 27));

    given()
        .queryParam("organisation", owner.toString())
        .get("/consultations")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.id", containsInAnyOrder(panel, hardToReach, historic))
        .body("items[0].id", equalTo(historic)); // by opensOn
    given()
        .queryParam("organisation", owner.toString())
        .queryParam("audience", "CITIZENS_PANEL")
        .get("/consultations")
        .then()
        .body("items.id", containsInAnyOrder(panel, historic));
    given()
        .queryParam("organisation", owner.toString())
        .queryParam("audience", "HARD_TO_REACH_GROUPS")
        .get("/consultations")
        .then()
        .body("items.id", equalTo(List.of(hardToReach)));
    given()
        .queryParam("organisation", owner.toString())
        .queryParam("method", "FOCUS_GROUP")
        .queryParam("method", "CITIZENS_PANEL")
        .get("/consultations")
        .then()
        .body("items.id", containsInAnyOrder(panel, hardToReach));
    given()
        .queryParam("organisation", owner.toString())
        .queryParam("status", "CLOSED")
        .get("/consultations")
        .then()
        .body("items.id", equalTo(List.of(historic)));
    given()
        .queryParam("organisation", owner.toString())
        .queryParam("status", "PLANNED")
        .queryParam("from", "2034-04-01")
        .get("/consultations")
        .then()
        .body("items.id", equalTo(List.of(hardToReach)));
    given()
        .queryParam("organisation", owner.toString())
        .queryParam("month", "2034-02")
        .queryParam("sort", "-closesOn")
        .get("/consultations")
        .then()
        .body("items.id", equalTo(List.of(panel)));
    var paged =
        given()
            .queryParam("organisation", owner.toString())
            .queryParam("size", "1")
            .queryParam("page", "1")
            .get("/consultations");
    paged
        .then()
        .statusCode(200)
        .body("page", equalTo(1))
        .body("size", equalTo(1))
        .body("total", equalTo(3))
        .body("items.id", equalTo(List.of(panel)));
    assertThat(paged.headers().getValues("Link"))
        .anyMatch(l -> l.contains("page=2") && l.contains("rel=\"next\""))
        .anyMatch(l -> l.contains("page=0") && l.contains("rel=\"prev\""))
        .anyMatch(l -> l.contains("rel=\"last\""));
    assertThat(others).isNotBlank();
  }

  @Test
  void badFiltersAre400NamingTheParameter() {
    given()
        .queryParam("audience", "MARTIANS")
        .get("/consultations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("audience"));
    given()
        .queryParam("organisation", "x")
        .get("/consultations")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("organisation"));
    given()
        .queryParam("month", "2026-13")
        .get("/consultations")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("month"));
    given()
        .queryParam("month", "2026-11")
        .queryParam("from", "2026-11-01")
        .get("/consultations")
        .then()
        .statusCode(400);
    given()
        .queryParam("from", "2026-12-01")
        .queryParam("to", "2026-11-01")
        .get("/consultations")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("to"));
    given().queryParam("size", "500").get("/consultations").then().statusCode(400);
    given().queryParam("sort", "owner").get("/consultations").then().statusCode(400);
    given().queryParam("status", "OPEN").get("/calendar.ics?status=NOPE").then().statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.signedByOtherKey(TestTokens.PARTNER, UUID.randomUUID()))
        .get("/calendar.ics")
        .then()
        .statusCode(401);
    given().get("/consultations?status=OPEN").then().statusCode(200); // positive control
  }

  @Test
  void monthViewListsWhatRunsAndTheDaysThingsOpenOrClose() {
    UUID owner = UUID.randomUUID();
    String opensInMonth =
        Fixtures.scheduled(owner, LocalDate.of(2035, 11, 2), LocalDate.of(2036, 1, 25));
    String closesInMonth =
        Fixtures.scheduled(owner, LocalDate.of(2035, 9, 1), LocalDate.of(2035, 11, 24));
    String spans = Fixtures.scheduled(owner, LocalDate.of(2035, 10, 1), LocalDate.of(2036, 2, 1));
    Fixtures.scheduled(owner, LocalDate.of(2035, 12, 1), LocalDate.of(2036, 2, 23));
    given()
        .queryParam("month", "2035-11")
        .queryParam("organisation", owner.toString())
        .get("/calendar")
        .then()
        .statusCode(200)
        .body("month", equalTo("2035-11"))
        .body("firstDay", equalTo("2035-11-01"))
        .body("lastDay", equalTo("2035-11-30"))
        .body("previousMonth", equalTo("2035-10"))
        .body("nextMonth", equalTo("2035-12"))
        .body("total", equalTo(3))
        .body("consultations.id", containsInAnyOrder(opensInMonth, closesInMonth, spans))
        .body("days.date", equalTo(List.of("2035-11-02", "2035-11-24")))
        .body("days[0].opening", equalTo(List.of(opensInMonth)))
        .body("days[1].closing", equalTo(List.of(closesInMonth)));
    given().queryParam("month", "November").get("/calendar").then().statusCode(400);
    given().get("/calendar").then().statusCode(200).body("month", startsWith("20"));
  }

  /**
   * The month view reads its own columns (a projection): same selection as the feed, same fields.
   */
  @Test
  void monthViewTakesConsultationsTouchingTheFirstOrLastDayAndNothingOutside() {
    UUID owner = UUID.randomUUID();
    String closesOnFirstDay =
        Fixtures.scheduled(owner, LocalDate.of(2039, 8, 1), LocalDate.of(2039, 11, 1));
    String opensOnLastDay =
        Fixtures.scheduled(owner, LocalDate.of(2039, 11, 30), LocalDate.of(2040, 2, 22));
    String withinShortLeadIn =
        Fixtures.schedule(
                TestTokens.admin(),
                Fixtures.body(
                    owner,
                    LocalDate.of(2039, 11, 3),
                    LocalDate.of(2039, 11, 20),
                    "\"shortLeadInReason\":\"Statutory deadline\""))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Fixtures.scheduled(owner, LocalDate.of(2039, 8, 1), LocalDate.of(2039, 10, 31));
    Fixtures.scheduled(owner, LocalDate.of(2039, 12, 1), LocalDate.of(2040, 3, 1));

    given()
        .queryParam("month", "2039-11")
        .queryParam("organisation", owner.toString())
        .get("/calendar")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("consultations.id", contains(closesOnFirstDay, withinShortLeadIn, opensOnLastDay))
        .body("consultations.title", everyItem(equalTo("Local priorities")))
        .body("consultations.ownerId", everyItem(equalTo(owner.toString())))
        .body("consultations.status", everyItem(equalTo("PLANNED")))
        .body("consultations.opensOn", contains("2039-08-01", "2039-11-03", "2039-11-30"))
        .body("consultations.closesOn", contains("2039-11-01", "2039-11-20", "2040-02-22"))
        .body("consultations.opensThisMonth", contains(false, true, true))
        .body("consultations.closesThisMonth", contains(true, true, false))
        .body("consultations.leadInRuleMet", contains(true, false, true))
        .body("days.date", contains("2039-11-01", "2039-11-03", "2039-11-20", "2039-11-30"))
        .body(
            "days.opening",
            contains(List.of(), List.of(withinShortLeadIn), List.of(), List.of(opensOnLastDay)))
        .body(
            "days.closing",
            contains(List.of(closesOnFirstDay), List.of(), List.of(withinShortLeadIn), List.of()));
    ParsedFeed feed =
        ParsedFeed.parse(
            given()
                .queryParam("month", "2039-11")
                .queryParam("organisation", owner.toString())
                .get("/calendar.ics")
                .asByteArray());
    assertThat(feed.eventsByUid)
        .containsOnlyKeys(
            closesOnFirstDay + "@compact",
            withinShortLeadIn + "@compact",
            opensOnLastDay + "@compact");
  }

  @Test
  void feedIsValidICalendarWithStableUidsRisingSequenceAndCancellations() {
    UUID owner = UUID.randomUUID();
    String id =
        Fixtures.schedule(
                TestTokens.admin(),
                Fixtures.body(owner, LocalDate.of(2036, 1, 7), LocalDate.of(2036, 3, 31), null)
                    .replace(
                        "\"title\":\"Local priorities\"",
                        "\"title\":\"" + AWKWARD.replace("\n", "\\n") + "\"")
                    .replace(
                        "\"contact\":\"consultation@example.gov.uk\"",
                        "\"contact\":\"Policy, Team; consult@example.gov.uk\""))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String other =
        Fixtures.scheduled(UUID.randomUUID(), LocalDate.of(2036, 1, 7), LocalDate.of(2036, 3, 31));

    var response = given().queryParam("organisation", owner.toString()).get("/calendar.ics");
    response.then().statusCode(200).contentType(startsWith("text/calendar"));
    ParsedFeed feed = ParsedFeed.parse(response.asByteArray());
    assertThat(feed.eventsByUid).containsOnlyKeys(id + "@compact");
    VEvent event = feed.eventsByUid.get(id + "@compact");
    assertThat(ParsedFeed.value(event, "SUMMARY")).isEqualTo(AWKWARD);
    assertThat(ParsedFeed.value(event, "DESCRIPTION"))
        .startsWith("What matters most to you?\n\nStatus: PLANNED\n")
        .contains("Contact: Policy, Team; consult@example.gov.uk");
    assertThat(ParsedFeed.value(event, "CONTACT"))
        .isEqualTo("Policy, Team; consult@example.gov.uk");
    assertThat(ParsedFeed.value(event, "URL")).endsWith("/consultations/" + id).startsWith("http");
    assertThat(ParsedFeed.value(event, "SEQUENCE")).isEqualTo("0");
    assertThat(ParsedFeed.value(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(ParsedFeed.value(event, "DTSTAMP")).matches("\\d{8}T\\d{6}Z");
    assertThat(event.<DateProperty<?>>getProperty("DTSTART").orElseThrow().getDate())
        .isEqualTo(LocalDate.of(2036, 1, 7));
    assertThat(event.<DateProperty<?>>getProperty("DTEND").orElseThrow().getDate())
        .isEqualTo(LocalDate.of(2036, 4, 1));

    ConsultationApiTest.put(
            TestTokens.admin(),
            id,
            Fixtures.etag(id),
            Fixtures.body(owner, LocalDate.of(2036, 1, 7), LocalDate.of(2036, 4, 7), null)
                .replace("\"ownerId\":\"" + owner + "\",", ""))
        .then()
        .statusCode(200);
    VEvent revised =
        ParsedFeed.parse(
                given()
                    .queryParam("organisation", owner.toString())
                    .get("/calendar.ics")
                    .asByteArray())
            .eventsByUid
            .get(id + "@compact");
    assertThat(ParsedFeed.value(revised, "SEQUENCE")).isEqualTo("1");
    assertThat(ParsedFeed.value(revised, "SUMMARY")).isEqualTo("Local priorities");
    assertThat(revised.<DateProperty<?>>getProperty("DTEND").orElseThrow().getDate())
        .isEqualTo(LocalDate.of(2036, 4, 8));

    ConsultationApiTest.cancel(TestTokens.admin(), id, Fixtures.etag(id), "{\"reason\":\"Merged\"}")
        .then()
        .statusCode(200);
    VEvent cancelled =
        ParsedFeed.parse(
                given()
                    .queryParam("organisation", owner.toString())
                    .get("/calendar.ics")
                    .asByteArray())
            .eventsByUid
            .get(id + "@compact");
    assertThat(ParsedFeed.value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(ParsedFeed.value(cancelled, "SEQUENCE")).isEqualTo("2");

    ParsedFeed both =
        ParsedFeed.parse(
            given()
                .queryParam("month", "2036-02")
                .queryParam("audience", "CITIZENS_PANEL")
                .get("/calendar.ics")
                .asByteArray());
    assertThat(both.eventsByUid).containsKeys(id + "@compact", other + "@compact");
    ParsedFeed none =
        ParsedFeed.parse(
            given()
                .queryParam("organisation", owner.toString())
                .queryParam("status", "OPEN")
                .get("/calendar.ics")
                .asByteArray());
    assertThat(none.eventsByUid).isEmpty();
  }
}
