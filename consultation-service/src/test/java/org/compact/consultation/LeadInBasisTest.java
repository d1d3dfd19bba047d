package org.compact.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.consultation.Fixtures.body;
import static org.compact.consultation.Fixtures.schedule;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.Topics;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineArea;
import org.compact.platform.calendar.DeadlinePolicies;
import org.compact.testsupport.EventCapture;
import org.compact.testsupport.EventSchemas;
import org.compact.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lead-in says how it was computed; compact.deadlines.consultation.day-count=WORKING (switched
 * through the policy bean, no test profile) counts working days against 60.
 */
@QuarkusTest
class LeadInBasisTest {
  private static final LocalDate OPENS = LocalDate.of(2026, 3, 2);

  @Inject DeadlinePolicies policies;

  @AfterEach
  void reset() {
    policies.reset();
  }

  @Test
  void everyReaderSeesHowTheCalendarDayLeadInWasComputed() {
    UUID owner = UUID.randomUUID();
    String id =
        schedule(TestTokens.admin(), body(owner, OPENS, OPENS.plusDays(84), null))
            .then()
            .statusCode(201)
            .body("leadIn.dayCount", equalTo("CALENDAR"))
            .body("leadIn.days", equalTo(84))
            .body("leadIn.earliestClosesOn", equalTo("2026-05-25"))
            .extract()
            .path("id");
    List<String> readers =
        List.of(
            TestTokens.admin(),
            TestTokens.partner(owner),
            TestTokens.partner(UUID.randomUUID()),
            TestTokens.councilSystem(owner),
            TestTokens.ccrgMember("ccrg-reader"));
    String etag = Fixtures.etag(id);
    for (String token : readers) {
      given()
          .auth()
          .oauth2(token)
          .get("/consultations/" + id)
          .then()
          .statusCode(200)
          .header("ETag", equalTo(etag))
          .body(
              "leadIn.explanation",
              equalTo(
                  "closesOn 2026-05-25 is 84 calendar days after opensOn 2026-03-02; the rule"
                      + " asks for 84: met (the earliest closesOn meeting it is 2026-05-25)"))
          .body("leadIn.basis.dayCount", equalTo("CALENDAR"))
          .body("leadIn.basis.startsFrom", equalTo("opensOn"))
          .body("leadIn.basis.startDate", equalTo("2026-03-02"))
          .body("leadIn.basis.days", equalTo(84))
          .body("leadIn.basis.explanation", equalTo("84 calendar days after opensOn 2026-03-02"))
          .body("leadIn.basis.skippedHolidays", nullValue());
    }
    given()
        .get("/consultations/" + id)
        .then()
        .statusCode(200)
        .body("leadIn.basis.days", equalTo(84));
    for (String invalid :
        List.of(
            TestTokens.expired(TestTokens.PARTNER, owner),
            TestTokens.signedByOtherKey(TestTokens.PARTNER, owner),
            TestTokens.wrongIssuer(TestTokens.PARTNER, owner))) {
      given()
          .auth()
          .oauth2(invalid)
          .get("/consultations/" + id)
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  @Test
  void workingDayLeadInSkipsWeekendsAndBankHolidaysAndTheEventSaysSo() {
    policies.override(DeadlineArea.CONSULTATION, DayCount.WORKING);
    UUID owner = UUID.randomUUID();
    // twelve calendar weeks, but Good Friday, Easter Monday, early May and spring bank holidays
    // leave 56 working days of the 60 required
    LocalDate twelveWeeks = OPENS.plusDays(84);
    schedule(TestTokens.partner(owner), body(owner, OPENS, twelveWeeks, null))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("consultation-lead-in"))
        .body("days", equalTo(56))
        .body("requiredDays", equalTo(60))
        .body("dayCount", equalTo("WORKING"))
        .body("earliestClosesOn", equalTo("2026-05-29"))
        .body("detail", containsString("56 working days"))
        .body("violations.field", hasItems("shortLeadInReason"));
    schedule(TestTokens.partner(UUID.randomUUID()), body(owner, OPENS, twelveWeeks, null))
        .then()
        .statusCode(403);
    try (EventCapture capture = new EventCapture(Topics.CONSULTATIONS)) {
      String shortOne =
          schedule(
                  TestTokens.partner(owner),
                  body(owner, OPENS, twelveWeeks, "\"shortLeadInReason\":\"Budget timetable\""))
              .then()
              .statusCode(201)
              .body("leadIn.dayCount", equalTo("WORKING"))
              .body("leadIn.days", equalTo(56))
              .body("leadIn.requiredDays", equalTo(60))
              .body("leadIn.ruleMet", equalTo(false))
              .body("leadIn.earliestClosesOn", equalTo("2026-05-29"))
              .body("leadIn.basis.dayCount", equalTo("WORKING"))
              .body(
                  "leadIn.basis.skippedHolidays.title",
                  hasItems(
                      "Good Friday",
                      "Easter Monday",
                      "Early May bank holiday",
                      "Spring bank holiday"))
              .body("leadIn.basis.skippedWeekends[0].from", equalTo("2026-03-07"))
              .body(
                  "leadIn.basis.bankHolidays",
                  containsString("https://www.gov.uk/bank-holidays.json"))
              .body(
                  "leadIn.basis.explanation",
                  containsString("60 working days after opensOn 2026-03-02, skipping"))
              .body("leadIn.explanation", containsString("56 working days"))
              .extract()
              .path("id");
      String record =
          capture
              .awaitRecord(
                  r -> {
                    EventEnvelope e = EventCodec.read(r.value());
                    return e.aggregateId().equals(shortOne)
                        && e.type().equals("consultation.scheduled");
                  },
                  Duration.ofSeconds(30))
              .value();
      EventSchemas.assertValid(record);
      EventEnvelope scheduled = EventCodec.read(record);
      ConsultationScheduled payload = EventCodec.payload(scheduled, ConsultationScheduled.class);
      assertThat(payload.leadIn().dayCount()).isEqualTo("WORKING");
      assertThat(payload.leadIn().days()).isEqualTo(56);

      schedule(TestTokens.admin(), body(owner, OPENS, LocalDate.of(2026, 5, 29), null))
          .then()
          .statusCode(201)
          .body("leadIn.days", equalTo(60))
          .body("leadIn.ruleMet", equalTo(true));

      // back to calendar days: the consultation keeps how its dates were judged
      policies.reset();
      given()
          .get("/consultations/" + shortOne)
          .then()
          .statusCode(200)
          .body("leadIn.dayCount", equalTo("WORKING"))
          .body("leadIn.days", equalTo(56));
      schedule(TestTokens.admin(), body(owner, OPENS, twelveWeeks, null))
          .then()
          .statusCode(201)
          .body("leadIn.dayCount", equalTo("CALENDAR"))
          .body("leadIn.days", equalTo(84));
    }
  }
}
