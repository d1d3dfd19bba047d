package org.compact.consultation.service;

import static org.compact.consultation.domain.Audience.CITIZENS_PANEL;
import static org.compact.consultation.domain.Audience.EMPLOYEES;
import static org.compact.consultation.domain.Audience.HARD_TO_REACH_GROUPS;
import static org.compact.consultation.domain.Audience.PUBLIC_BODIES;
import static org.compact.consultation.domain.Audience.RESIDENTS;
import static org.compact.consultation.domain.Audience.STAKEHOLDERS;
import static org.compact.consultation.domain.Audience.VCS_ORGANISATIONS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compact.consultation.domain.Audience;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationLink;
import org.compact.consultation.domain.ConsultationMethod;
import org.compact.consultation.domain.ConsultationPlan;
import org.compact.consultation.domain.Outcome;
import org.compact.consultation.domain.ResultContent;
import org.compact.platform.time.TimeSource;

/**
 * Demo data: the consultation activity of seed 004 (South Derbyshire Consultation Strategy Action
 * Plan 2009-10) entered through the use cases, so events flow as in real use. The seed names the
 * activities but not their dates or figures: those are invented and marked illustrative. Loading
 * twice changes nothing (a title already held by the owner is skipped).
 */
@ApplicationScoped
public class DemoConsultations {
  static final String ACTOR = "demo-data";
  static final String NOTE =
      " (Activity from the South Derbyshire Consultation Strategy Action Plan 2009-10; dates and"
          + " figures illustrative.)";
  static final String CONTACT = "Policy Officer (Consultation), consultation@council.example";

  @Inject ConsultationService consultations;
  @Inject ResultService results;
  @Inject TimeSource time;

  public record Loaded(List<UUID> created, int skipped) {}

  private record Telling(LocalDate on, Audience audience, String channel, String summary) {}

  private record Demo(
      ConsultationPlan plan,
      ResultContent result,
      Outcome outcome,
      List<Telling> feedback,
      String cancellation) {}

  public Loaded load(UUID ownerId) {
    List<UUID> created = new ArrayList<>();
    int skipped = 0;
    for (Demo demo : demos(time.today())) {
      if (Consultation.count("ownerId = ?1 and title = ?2", ownerId, demo.plan().title()) > 0) {
        skipped++;
        continue;
      }
      Consultation c = consultations.schedule(ownerId, demo.plan(), ACTOR);
      UUID id = c.id;
      if (demo.result() != null) {
        results.push(id, "DEMO-" + id, demo.result(), ACTOR, AccessCheck.ANYONE);
      }
      if (demo.outcome() != null) {
        consultations.publishOutcome(id, "*", demo.outcome(), AccessCheck.ANYONE);
      }
      for (Telling t : demo.feedback()) {
        results.recordFeedback(
            id, t.on(), t.audience(), t.channel(), t.summary(), null, ACTOR, AccessCheck.ANYONE);
      }
      if (demo.cancellation() != null) {
        consultations.cancel(id, "*", demo.cancellation(), AccessCheck.ANYONE);
      }
      created.add(id);
    }
    return new Loaded(created, skipped);
  }

  private static List<Demo> demos(LocalDate today) {
    return List.of(
        new Demo(
            plan(
                "Consultation on local priorities 2009",
                "Which local priorities matter most to residents, the Citizens' Panel and"
                    + " partners; the results and outcomes are fed back to all stakeholders.",
                List.of(RESIDENTS, CITIZENS_PANEL, STAKEHOLDERS, HARD_TO_REACH_GROUPS),
                List.of(
                    ConsultationMethod.SURVEY,
                    ConsultationMethod.CITIZENS_PANEL,
                    ConsultationMethod.FOCUS_GROUP),
                true,
                true,
                LocalDate.of(2009, 2, 2),
                LocalDate.of(2009, 4, 27),
                LocalDate.of(2009, 6, 15),
                null),
            new ResultContent(
                LocalDate.of(2009, 6, 15),
                "Community safety, clean streets and activities for young people ranked highest.",
                1150,
                List.of("https://council.example/consultation/local-priorities-2009-results"),
                null),
            new Outcome(
                "Residents and partners asked for safer, cleaner neighbourhoods and more for"
                    + " young people to do.",
                "Local priorities for 2009-10 set around community safety, street cleansing and"
                    + " youth provision.",
                "Report to every stakeholder involved in the process; article in the residents'"
                    + " magazine.",
                LocalDate.of(2009, 7, 20)),
            List.of(
                new Telling(
                    LocalDate.of(2009, 7, 20),
                    STAKEHOLDERS,
                    "Report to stakeholders",
                    "Key outcomes of the consultation on local priorities"),
                new Telling(
                    LocalDate.of(2009, 7, 24),
                    CITIZENS_PANEL,
                    "Citizens' Panel newsletter",
                    "What the panel said and what the Council will do")),
            null),
        new Demo(
            plan(
                "Place Survey 2008",
                "The national Place Survey of residents' views of the area, the Council and its"
                    + " services; results fed back to residents and service areas to drive service"
                    + " improvement.",
                List.of(RESIDENTS, HARD_TO_REACH_GROUPS),
                List.of(ConsultationMethod.SURVEY),
                false,
                true,
                LocalDate.of(2008, 9, 29),
                LocalDate.of(2008, 12, 12),
                LocalDate.of(2009, 6, 1),
                "Fieldwork window of the national Place Survey set by government (illustrative)"),
            new ResultContent(
                LocalDate.of(2009, 6, 1),
                "Satisfaction with the area is high; hotspots of dissatisfaction identified by"
                    + " ward for targeted consultation.",
                1400,
                List.of("https://council.example/consultation/place-survey-2008-results"),
                null),
            new Outcome(
                "Perceptions vary between local areas; some services draw more dissatisfaction.",
                "Targeted consultation in the hotspot areas; service areas use the results in"
                    + " their service plans.",
                "Results in the residents' magazine and on the website; briefings to service"
                    + " areas.",
                LocalDate.of(2009, 7, 31)),
            List.of(
                new Telling(
                    LocalDate.of(2009, 7, 31),
                    RESIDENTS,
                    "Residents' magazine and website",
                    "Results of the Place Survey and what happens next")),
            null),
        new Demo(
            plan(
                "Draft Consultation Strategy 2009",
                "Views of partners and the voluntary and community sector on the Council's updated"
                    + " Consultation Strategy in the light of recent legislation.",
                List.of(VCS_ORGANISATIONS, PUBLIC_BODIES, HARD_TO_REACH_GROUPS),
                List.of(ConsultationMethod.WRITTEN_CONSULTATION, ConsultationMethod.WORKSHOP),
                true,
                false,
                LocalDate.of(2009, 5, 26),
                LocalDate.of(2009, 8, 18),
                LocalDate.of(2009, 9, 14),
                null),
            new ResultContent(
                LocalDate.of(2009, 9, 14),
                "Partners support the strategy and ask for earlier notice of consultations.",
                38,
                List.of(),
                null),
            new Outcome(
                "Partners asked for earlier notice and a shared consultation calendar.",
                "The strategy adopts a consultation calendar on the website and the 12-week"
                    + " lead-in.",
                "Letter to every organisation that responded; item in the Compact briefing.",
                LocalDate.of(2009, 10, 5)),
            List.of(
                new Telling(
                    LocalDate.of(2009, 10, 5),
                    VCS_ORGANISATIONS,
                    "Letter and Compact briefing",
                    "How the strategy changed after consultation")),
            null),
        new Demo(
            plan(
                "Citizens' Panel survey, autumn 2009",
                "Survey of the Citizens' Panel after its refreshment with Place Survey volunteers.",
                List.of(CITIZENS_PANEL),
                List.of(ConsultationMethod.CITIZENS_PANEL, ConsultationMethod.SURVEY),
                true,
                false,
                LocalDate.of(2009, 9, 7),
                LocalDate.of(2009, 11, 30),
                LocalDate.of(2010, 1, 18),
                null),
            new ResultContent(
                LocalDate.of(2010, 1, 18),
                "Panel members' views on council services and their neighbourhood.",
                620,
                List.of(),
                null),
            null,
            List.of(),
            null),
        new Demo(
            plan(
                "Times Best Council to Work For employee survey",
                "Survey of all employees for the Times Best Council to Work For process.",
                List.of(EMPLOYEES),
                List.of(ConsultationMethod.SURVEY, ConsultationMethod.ONLINE),
                false,
                true,
                LocalDate.of(2009, 10, 5),
                LocalDate.of(2009, 12, 18),
                null,
                "Survey window fixed by the national programme (illustrative)"),
            null,
            null,
            List.of(),
            null),
        new Demo(
            plan(
                "Citizens' Panel and the Sustainable Communities Act",
                "Whether the Citizens' Panel is fit for purpose to meet the Sustainable"
                    + " Communities Act.",
                List.of(CITIZENS_PANEL, STAKEHOLDERS),
                List.of(ConsultationMethod.FOCUS_GROUP),
                true,
                true,
                LocalDate.of(2009, 7, 1),
                LocalDate.of(2009, 9, 23),
                null,
                null),
            null,
            null,
            List.of(),
            null),
        new Demo(
            plan(
                "Residents' views of their area: follow-up",
                "Targeted consultation where the Place Survey found dissatisfaction.",
                List.of(RESIDENTS, HARD_TO_REACH_GROUPS),
                List.of(ConsultationMethod.DROP_IN, ConsultationMethod.SURVEY),
                false,
                true,
                today.minusDays(10),
                today.plusDays(74),
                today.plusDays(120),
                null),
            null,
            null,
            List.of(),
            null),
        new Demo(
            plan(
                "Future of the Citizens' Panel",
                "Joint review of the panel with the Derbyshire Consultation Group partners.",
                List.of(CITIZENS_PANEL, PUBLIC_BODIES, VCS_ORGANISATIONS),
                List.of(ConsultationMethod.WORKSHOP, ConsultationMethod.CITIZENS_PANEL),
                true,
                true,
                today.plusDays(14),
                today.plusDays(98),
                today.plusDays(140),
                null),
            null,
            null,
            List.of(),
            null),
        new Demo(
            plan(
                "Citizens' Panel reserve list recruitment",
                "Recruiting local people to the Citizens' Panel reserve list.",
                List.of(RESIDENTS, HARD_TO_REACH_GROUPS),
                List.of(ConsultationMethod.OTHER),
                false,
                true,
                today.plusDays(30),
                today.plusDays(114),
                null,
                null),
            null,
            null,
            List.of(),
            "Merged into the Future of the Citizens' Panel review (illustrative)"));
  }

  private static ConsultationPlan plan(
      String title,
      String summary,
      List<Audience> audiences,
      List<ConsultationMethod> methods,
      boolean representative,
      boolean direct,
      LocalDate opensOn,
      LocalDate closesOn,
      LocalDate plannedResultsOn,
      String shortReason) {
    return new ConsultationPlan(
        title,
        summary + NOTE,
        audiences,
        methods,
        representative,
        direct,
        opensOn,
        closesOn,
        plannedResultsOn,
        CONTACT,
        List.of(
            new ConsultationLink(
                "Consultation calendar", "https://council.example/consultation/calendar")),
        shortReason);
  }
}
