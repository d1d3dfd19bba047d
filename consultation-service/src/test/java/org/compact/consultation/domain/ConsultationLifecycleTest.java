package org.compact.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ConsultationLifecycleTest {
  private static final LeadInRule RULE = new LeadInRule(84);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final LocalDate OPENS = LocalDate.of(2026, 12, 1);
  private static final LocalDate CLOSES = LocalDate.of(2027, 2, 23);

  static ConsultationPlan plan(LocalDate opensOn, LocalDate closesOn) {
    return new ConsultationPlan(
        "Local priorities",
        "What matters most?",
        List.of(Audience.RESIDENTS, Audience.CITIZENS_PANEL, Audience.RESIDENTS),
        List.of(ConsultationMethod.SURVEY),
        true,
        false,
        opensOn,
        closesOn,
        null,
        "consultation@example.gov.uk",
        List.of(),
        null);
  }

  private static Consultation planned() {
    return Consultation.schedule(UUID.randomUUID(), plan(OPENS, CLOSES), RULE, "admin", NOW);
  }

  @Test
  void scheduledConsultationStartsPlannedWithItsLeadInAndNoDuplicateAudiences() {
    Consultation c = planned();
    assertThat(c.status).isEqualTo(ConsultationStatus.PLANNED);
    assertThat(c.leadIn()).isEqualTo(new LeadInAssessment(84, 84, true, null));
    assertThat(c.audiences).containsExactly("RESIDENTS", "CITIZENS_PANEL");
    assertThat(c.sequence).isZero();
  }

  @Test
  void datesMovePlannedToOpenOnTheOpeningDayAndToClosedTheDayAfterClosing() {
    Consultation c = planned();
    assertThat(c.advanceOneStepByDate(OPENS.minusDays(1), NOW)).isEmpty();
    assertThat(c.advanceOneStepByDate(OPENS, NOW)).contains(ConsultationStatus.OPEN);
    assertThat(c.openedOn).isEqualTo(OPENS);
    assertThat(c.advanceOneStepByDate(CLOSES, NOW)).as("the closing day is still open").isEmpty();
    assertThat(c.advanceOneStepByDate(CLOSES.plusDays(1), NOW)).contains(ConsultationStatus.CLOSED);
    assertThat(c.closedOn).isEqualTo(CLOSES);
    assertThat(c.advanceOneStepByDate(CLOSES.plusDays(30), NOW)).isEmpty();
  }

  @Test
  void historicConsultationMovesInTwoStepsWithItsOwnDates() {
    Consultation c =
        Consultation.schedule(
            UUID.randomUUID(),
            plan(LocalDate.of(2009, 6, 1), LocalDate.of(2009, 8, 24)),
            RULE,
            "admin",
            NOW);
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(c.advanceOneStepByDate(today, NOW)).contains(ConsultationStatus.OPEN);
    assertThat(c.advanceOneStepByDate(today, NOW)).contains(ConsultationStatus.CLOSED);
    assertThat(c.openedOn).isEqualTo(LocalDate.of(2009, 6, 1));
    assertThat(c.closedOn).isEqualTo(LocalDate.of(2009, 8, 24));
  }

  @Test
  void everyChangeRaisesTheCalendarSequence() {
    Consultation c = planned();
    c.revise(plan(OPENS, CLOSES.plusDays(7)), RULE, NOW);
    assertThat(c.sequence).isEqualTo(1);
    c.advanceOneStepByDate(OPENS, NOW);
    assertThat(c.sequence).isEqualTo(2);
    c.cancel("Merged into the Place Survey", OPENS, NOW);
    assertThat(c.sequence).isEqualTo(3);
  }

  @Test
  void cancellationNeedsAReasonAndOnlyBeforeClosing() {
    Consultation c = planned();
    assertThatThrownBy(() -> c.cancel("  ", OPENS, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION));
    c.cancel("Merged", OPENS, NOW);
    assertThat(c.status).isEqualTo(ConsultationStatus.CANCELLED);
    assertThat(c.cancelledOn).isEqualTo(OPENS);
    assertThatThrownBy(() -> c.cancel("again", OPENS, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    assertThat(c.advanceOneStepByDate(CLOSES.plusDays(1), NOW))
        .as("a cancelled consultation is not moved by its dates")
        .isEqualTo(Optional.empty());
  }

  @Test
  void openConsultationKeepsItsOpeningDate() {
    Consultation c = planned();
    c.advanceOneStepByDate(OPENS, NOW);
    assertThatThrownBy(() -> c.revise(plan(OPENS.plusDays(1), CLOSES.plusDays(1)), RULE, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    c.revise(plan(OPENS, CLOSES.plusDays(14)), RULE, NOW);
    assertThat(c.closesOn).isEqualTo(CLOSES.plusDays(14));
    assertThat(c.leadInDays).isEqualTo(98);
  }

  @Test
  void resultsOnlyAfterClosingAndTheFirstOneMovesTheStatus() {
    Consultation c = planned();
    LocalDate after = CLOSES.plusDays(10);
    assertThatThrownBy(() -> c.resultAdded(after, after, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    c.advanceOneStepByDate(after, NOW);
    c.advanceOneStepByDate(after, NOW);
    assertThat(c.resultAdded(after, after, NOW)).isTrue();
    assertThat(c.status).isEqualTo(ConsultationStatus.RESULTS_PUBLISHED);
    assertThat(c.resultsPublishedOn).isEqualTo(after);
    assertThat(c.resultAdded(after, after, NOW)).isFalse();
    assertThatThrownBy(() -> c.resultAdded(after.plusDays(1), after, NOW))
        .as("not dated in the future")
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION));
  }

  @Test
  void outcomeFollowsResultsAndDefaultsToToday() {
    Consultation c = planned();
    LocalDate after = CLOSES.plusDays(10);
    c.advanceOneStepByDate(after, NOW);
    c.advanceOneStepByDate(after, NOW);
    Outcome outcome = new Outcome("heard", "decided", "told by letter", null);
    assertThatThrownBy(() -> c.publishOutcome(outcome, after, NOW))
        .as("no results yet")
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    c.resultAdded(after, after, NOW);
    c.publishOutcome(outcome, after, NOW);
    assertThat(c.status).isEqualTo(ConsultationStatus.OUTCOME_PUBLISHED);
    assertThat(c.outcome.publishedOn).isEqualTo(after);
    assertThatThrownBy(() -> c.publishOutcome(outcome, after, NOW))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void representativeOrDirectViewsMustBeSought() {
    ConsultationPlan neither =
        new ConsultationPlan(
            "t",
            "s",
            List.of(Audience.SERVICE_USERS),
            List.of(ConsultationMethod.FOCUS_GROUP),
            false,
            false,
            OPENS,
            CLOSES,
            null,
            null,
            List.of(),
            null);
    assertThatThrownBy(() -> Consultation.schedule(UUID.randomUUID(), neither, RULE, "a", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .contains("representativeViews", "directViews"));
  }

  @Test
  void plannedResultsDateIsNotBeforeClosing() {
    ConsultationPlan early =
        new ConsultationPlan(
            "t",
            "s",
            List.of(Audience.RESIDENTS),
            List.of(ConsultationMethod.SURVEY),
            true,
            true,
            OPENS,
            CLOSES,
            CLOSES.minusDays(1),
            null,
            List.of(),
            null);
    assertThatThrownBy(() -> Consultation.schedule(UUID.randomUUID(), early, RULE, "a", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.violations()).extracting(v -> v.field()).contains("plannedResultsOn"));
  }

  @Test
  void resultContentComparisonIgnoresSurroundingSpaceAndMissingLists() {
    LocalDate on = LocalDate.of(2026, 3, 1);
    assertThat(new ResultContent(on, " summary ", 5, null, null))
        .isEqualTo(new ResultContent(on, "summary", 5, List.of(), List.of()));
    assertThat(new ResultContent(on, "summary", 5, List.of(), List.of()))
        .isNotEqualTo(new ResultContent(on, "summary", 6, List.of(), List.of()));
  }
}
