package org.compact.consultation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationLink;
import org.compact.consultation.domain.ConsultationMethod;
import org.compact.consultation.domain.ConsultationPlan;
import org.compact.consultation.domain.LeadInRule;
import org.junit.jupiter.api.Test;

/** The feed of in-memory consultations, parsed back by ical4j field by field. */
class ConsultationFeedTest {
  static final String AWKWARD =
      "Café, Bürgerforum; 'Citizens’ Panel'\nline 2 \\ back-slash, 🗳️ vote 👩🏽‍🤝‍👩🏻"
          + " and a long tail that certainly needs folding: "
          + "ÄÖÜ€".repeat(30);
  static final Instant CREATED = Instant.parse("2026-11-01T09:15:30.123Z");
  static final Instant CHANGED = Instant.parse("2026-11-20T16:45:10.987Z");

  static Consultation consultation(String title, String summary, String contact) {
    Consultation c =
        Consultation.schedule(
            UUID.fromString("0d5b8c1e-3f7a-4a2b-9c6d-1e2f3a4b5c6d"),
            new ConsultationPlan(
                title,
                summary,
                List.of(Audience.CITIZENS_PANEL, Audience.HARD_TO_REACH_GROUPS),
                List.of(ConsultationMethod.SURVEY, ConsultationMethod.FOCUS_GROUP),
                true,
                true,
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 2, 22),
                LocalDate.of(2027, 3, 31),
                contact,
                List.of(
                    new ConsultationLink("Survey, online; now", "https://example.org/s?a=1&b=2")),
                null),
            new LeadInRule(84),
            "admin",
            CREATED);
    c.revise(
        new ConsultationPlan(
            title,
            summary,
            c.audienceList(),
            c.methodList(),
            true,
            true,
            c.opensOn,
            c.closesOn,
            c.plannedResultsOn,
            contact,
            c.links,
            null),
        new LeadInRule(84),
        CHANGED);
    return c;
  }

  @Test
  void everyFieldSurvivesARealParserIncludingPunctuationNewlinesAndNonAscii() {
    Consultation c = consultation(AWKWARD, AWKWARD, "consult@example.org; Policy, Team");
    String feed =
        ConsultationFeed.write(
            "Bürger, Compact; feeds",
            List.of(c),
            x -> URI.create("https://compact.example/consultations/" + x.id),
            Instant.parse("2026-11-23T00:00:00Z"));

    ParsedFeed parsed = ParsedFeed.parse(feed.getBytes(StandardCharsets.UTF_8));
    assertThat(ParsedFeed.value(parsed.calendar, "VERSION")).isEqualTo("2.0");
    assertThat(ParsedFeed.value(parsed.calendar, "PRODID")).isEqualTo(ConsultationFeed.PRODID);
    assertThat(ParsedFeed.value(parsed.calendar, "METHOD")).isEqualTo("PUBLISH");
    assertThat(ParsedFeed.value(parsed.calendar, "X-WR-CALNAME"))
        .isEqualTo("Bürger, Compact; feeds");

    assertThat(parsed.eventsByUid).containsOnlyKeys(c.id + "@compact");
    VEvent event = parsed.eventsByUid.get(c.id + "@compact");
    assertThat(ParsedFeed.value(event, "SUMMARY")).isEqualTo(AWKWARD);
    assertThat(ParsedFeed.value(event, "DESCRIPTION"))
        .startsWith(AWKWARD + "\n\nStatus: PLANNED\n")
        .contains("Audiences: CITIZENS_PANEL, HARD_TO_REACH_GROUPS\n")
        .contains("Methods: SURVEY, FOCUS_GROUP\n")
        .contains("Views sought: representative views and views direct from service users\n")
        .contains("Lead-in: 84 days (12-week rule met)\n")
        .contains("Results planned: 2027-03-31\n")
        .contains("Contact: consult@example.org; Policy, Team\n")
        .endsWith("Survey, online; now: https://example.org/s?a=1&b=2");
    assertThat(ParsedFeed.value(event, "CONTACT")).isEqualTo("consult@example.org; Policy, Team");
    assertThat(ParsedFeed.value(event, "URL"))
        .isEqualTo("https://compact.example/consultations/" + c.id);
    assertThat(ParsedFeed.value(event, "SEQUENCE")).isEqualTo("1");
    assertThat(ParsedFeed.value(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(ParsedFeed.value(event, "TRANSP")).isEqualTo("TRANSPARENT");
    assertThat(ParsedFeed.value(event, "DTSTAMP")).isEqualTo("20261120T164510Z");
    assertThat(ParsedFeed.value(event, "LAST-MODIFIED")).isEqualTo("20261120T164510Z");
    assertThat(ParsedFeed.value(event, "CREATED")).isEqualTo("20261101T091530Z");
    DateProperty<?> start = event.<DateProperty<?>>getProperty("DTSTART").orElseThrow();
    DateProperty<?> end = event.<DateProperty<?>>getProperty("DTEND").orElseThrow();
    assertThat(start.getDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(end.getDate()).as("DTEND is exclusive").isEqualTo(LocalDate.of(2027, 2, 23));
    assertThat(start.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
    Categories categories = event.<Categories>getProperty("CATEGORIES").orElseThrow();
    assertThat(categories.getCategories().getTexts())
        .containsExactlyInAnyOrder(
            "Consultation", "SURVEY", "FOCUS_GROUP", "CITIZENS_PANEL", "HARD_TO_REACH_GROUPS");
  }

  @Test
  void cancelledConsultationKeepsItsUidAndIsSentAsCancelledWithAHigherSequence() {
    Consultation c = consultation("Budget 2027", "Plain summary", null);
    int before = c.sequence;
    c.cancel("Merged, into; the Place Survey", LocalDate.of(2026, 11, 21), CHANGED.plusSeconds(60));
    ParsedFeed parsed =
        ParsedFeed.parse(
            ConsultationFeed.write(
                    "Feed",
                    List.of(c),
                    x -> URI.create("https://compact.example/consultations/" + x.id),
                    CHANGED)
                .getBytes(StandardCharsets.UTF_8));
    VEvent event = parsed.eventsByUid.get(c.id + "@compact");
    assertThat(ParsedFeed.value(event, "STATUS")).isEqualTo("CANCELLED");
    assertThat(Integer.parseInt(ParsedFeed.value(event, "SEQUENCE"))).isEqualTo(before + 1);
    assertThat(ParsedFeed.value(event, "DESCRIPTION"))
        .contains("Status: CANCELLED\nCancelled on 2026-11-21: Merged, into; the Place Survey");
    assertThat(event.getProperty("CONTACT")).as("no contact, no property").isEmpty();
  }

  @Test
  void anEmptyCalendarIsStillValid() {
    ParsedFeed parsed =
        ParsedFeed.parse(
            ConsultationFeed.write("Empty", List.of(), x -> URI.create("x:y"), CHANGED)
                .getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.eventsByUid).isEmpty();
  }
}
