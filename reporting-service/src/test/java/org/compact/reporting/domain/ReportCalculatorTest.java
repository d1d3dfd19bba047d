package org.compact.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compact.reporting.domain.Facts.fact;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.contracts.actionplan.PlanCreated;
import org.compact.contracts.actionplan.PlanPublished;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.consultation.ConsultationCancelled;
import org.compact.contracts.consultation.ConsultationClosed;
import org.compact.contracts.consultation.ConsultationDetails;
import org.compact.contracts.consultation.ConsultationResultsPublished;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.contracts.consultation.LeadIn;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeDeadlineMissed;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.dispute.DisputePanelConvened;
import org.compact.contracts.dispute.DisputeStageAdvanced;
import org.compact.contracts.dispute.DisputeSummaryPublished;
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.dispute.PartyRole;
import org.compact.contracts.signatory.SignatoryChampionChanged;
import org.compact.contracts.signatory.SignatoryResigned;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.contracts.signatory.SignatoryWithdrawn;
import org.compact.platform.time.ReviewYear;
import org.junit.jupiter.api.Test;

class ReportCalculatorTest {
  private static final ReportSettings STAFFORD =
      new ReportSettings(List.of("VCS", "PUBLIC", "PRIVATE"), "PUBLIC");
  private static final MonthDay APRIL_1 = MonthDay.of(4, 1);
  private static final ReviewYear Y2024 = new ReviewYear(2024, APRIL_1);
  private static final ReviewYear Y2023 = new ReviewYear(2023, APRIL_1);
  private static final List<String> CODES = List.of("CONSULTATION");

  private static ReportFigures figures(List<Fact> facts, ReviewYear year) {
    return new ReportCalculator(STAFFORD, facts, List.of()).figures(year);
  }

  private static Fact signed(UUID id, String sector, LocalDate on) {
    return fact(2, new SignatorySigned(id, "Org " + id, sector, "charity", on, CODES));
  }

  @Test
  void signingOnThirtyFirstMarchCountsInTheYearEndingThenAndOnFirstAprilInTheNext() {
    UUID march = UUID.randomUUID();
    UUID april = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            signed(march, "VCS", LocalDate.of(2024, 3, 31)),
            signed(april, "VCS", LocalDate.of(2024, 4, 1)));
    ReportFigures.SectorRow vcs2023 = figures(facts, Y2023).signatories().bySector().get(0);
    ReportFigures.SectorRow vcs2024 = figures(facts, Y2024).signatories().bySector().get(0);
    assertThat(vcs2023.newlySigned()).isEqualTo(1);
    assertThat(vcs2023.signedAtYearEnd()).isEqualTo(1);
    assertThat(vcs2024.newlySigned()).isEqualTo(1);
    assertThat(vcs2024.signedAtYearEnd()).isEqualTo(2);
  }

  @Test
  void withdrawnOrganisationsLeaveTheYearEndTotalAndReSigningBringsThemBack() {
    UUID id = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            signed(id, "PRIVATE", LocalDate.of(2023, 5, 1)),
            fact(3, new SignatoryWithdrawn(id, "PRIVATE", LocalDate.of(2024, 6, 1), "closed")),
            fact(4, new SignatoryResigned(id, "PRIVATE", LocalDate.of(2025, 3, 31), CODES)));
    ReportFigures.SectorRow privateSector = figures(facts, Y2024).signatories().bySector().get(2);
    assertThat(privateSector.sector()).isEqualTo("PRIVATE");
    assertThat(privateSector.withdrawn()).isEqualTo(1);
    assertThat(privateSector.newlySigned()).as("re-signed in the year").isEqualTo(1);
    assertThat(privateSector.signedAtYearEnd()).isEqualTo(1);
    List<Fact> withoutResign = facts.subList(0, 2);
    assertThat(figures(withoutResign, Y2024).signatories().total().signedAtYearEnd()).isZero();
  }

  @Test
  void publicBodiesWithoutAChampionAreCountedAtYearEnd() {
    UUID council = UUID.randomUUID();
    UUID nhs = UUID.randomUUID();
    UUID charity = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            signed(council, "PUBLIC", LocalDate.of(2023, 4, 1)),
            signed(nhs, "PUBLIC", LocalDate.of(2023, 4, 1)),
            signed(charity, "VCS", LocalDate.of(2023, 4, 1)),
            fact(
                3, new SignatoryChampionChanged(council, "PUBLIC", true, LocalDate.of(2024, 5, 1))),
            fact(3, new SignatoryChampionChanged(nhs, "PUBLIC", true, LocalDate.of(2025, 4, 2))));
    assertThat(figures(facts, Y2024).signatories().publicBodiesWithoutChampion())
        .as("the NHS body appointed its champion after the year end")
        .isEqualTo(1);
    assertThat(figures(facts, Y2023).signatories().publicBodiesWithoutChampion()).isEqualTo(2);
  }

  @Test
  void actionsCountByCompletedOnAndStatusAtYearEnd() {
    UUID plan = UUID.randomUUID();
    UUID done = UUID.randomUUID();
    UUID late = UUID.randomUUID();
    UUID dropped = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            fact(
                1,
                new PlanCreated(plan, "Compact action plan", "2024-25", LocalDate.of(2024, 4, 1))),
            fact(
                2,
                new PlanPublished(
                    plan,
                    "Compact action plan",
                    "2024-25",
                    LocalDate.of(2024, 4, 1),
                    LocalDate.of(2024, 4, 2))),
            created(done, plan, Priority.HIGH, LocalDate.of(2024, 9, 30)),
            created(late, plan, Priority.MEDIUM_HIGH, LocalDate.of(2025, 3, 31)),
            created(dropped, plan, null, LocalDate.of(2024, 6, 30)),
            // recorded on 2 April, completed on 31 March: counts in 2024-25
            fact(
                2,
                new ActionStatusChanged(
                    done,
                    plan,
                    ActionStatus.IN_PROGRESS,
                    ActionStatus.COMPLETED,
                    LocalDate.of(2025, 4, 2),
                    LocalDate.of(2025, 3, 31),
                    Priority.HIGH)),
            fact(
                2,
                new ActionStatusChanged(
                    dropped,
                    plan,
                    ActionStatus.NOT_STARTED,
                    ActionStatus.DROPPED,
                    LocalDate.of(2024, 7, 1),
                    null,
                    null)));
    ReportFigures.Actions actions = figures(facts, Y2024).actions();
    assertThat(actions.total()).isEqualTo(3);
    assertThat(actions.completedInYear()).isEqualTo(1);
    assertThat(actions.byStatus())
        .containsEntry("COMPLETED", 1)
        .containsEntry("DROPPED", 1)
        .containsEntry("NOT_STARTED", 1)
        .containsEntry("IN_PROGRESS", 0);
    assertThat(actions.byPriority())
        .containsEntry("HIGH", 1)
        .containsEntry("MEDIUM_HIGH", 1)
        .containsEntry("NONE", 1);
    assertThat(actions.overdueAtYearEnd())
        .as("due on the last day and not done by its end")
        .isEqualTo(1);
  }

  /**
   * The demo data's case: the 2009-10 plan of seed 004 imported and published through the API years
   * later. Its actions are created (and the plan published) "today", but they are due in 2009-10,
   * so that is the review year they count in.
   */
  @Test
  void aPlanImportedYearsLaterCountsInTheReviewYearOfItsDueDatesNotOfItsImport() {
    UUID plan = UUID.randomUUID();
    LocalDate importedOn = LocalDate.of(2026, 11, 23);
    List<Fact> facts = new ArrayList<>();
    facts.add(
        fact(1, new PlanCreated(plan, "Consultation Strategy Action Plan", "2009-10", importedOn)));
    facts.add(
        fact(
            2,
            new PlanPublished(
                plan,
                "Consultation Strategy Action Plan",
                "2009-10",
                LocalDate.of(2009, 4, 20),
                importedOn)));
    // "June 2009", "June/July 2009", "Between October 2009 and March 2010", "Ongoing"
    facts.add(imported(plan, Priority.HIGH, LocalDate.of(2009, 6, 30), importedOn));
    facts.add(imported(plan, null, LocalDate.of(2009, 7, 31), importedOn));
    facts.add(imported(plan, null, LocalDate.of(2010, 3, 31), importedOn));
    facts.add(imported(plan, null, null, importedOn));
    // due after the plan's period: counts in the year it is due in
    facts.add(imported(plan, Priority.LOW, LocalDate.of(2010, 4, 30), importedOn));

    ReviewYear y2009 = new ReviewYear(2009, APRIL_1);
    ReportFigures.Actions in2009 = figures(facts, y2009).actions();
    assertThat(in2009.total()).isEqualTo(4);
    assertThat(in2009.byStatus()).containsEntry("NOT_STARTED", 4);
    assertThat(in2009.byPriority()).containsEntry("HIGH", 1).containsEntry("NONE", 3);
    assertThat(in2009.overdueAtYearEnd())
        .as("three due dates passed by 31 March 2010 with no progress known")
        .isEqualTo(3);
    assertThat(figures(facts, new ReviewYear(2010, APRIL_1)).actions().total()).isEqualTo(1);
    assertThat(figures(facts, new ReviewYear(2026, APRIL_1)).actions().total())
        .as("the year of the import reports none of them")
        .isZero();
  }

  @Test
  void anActionWithoutDueDateCountsInEveryReviewYearOfItsPlansPeriod() {
    UUID plan = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            fact(
                2,
                new PlanPublished(
                    plan, "Three-year plan", "2009-2012", LocalDate.of(2009, 4, 1), null)),
            imported(plan, Priority.MEDIUM, null, LocalDate.of(2009, 4, 2)));
    assertThat(figures(facts, new ReviewYear(2008, APRIL_1)).actions().total()).isZero();
    assertThat(figures(facts, new ReviewYear(2009, APRIL_1)).actions().total()).isEqualTo(1);
    assertThat(figures(facts, new ReviewYear(2011, APRIL_1)).actions().total()).isEqualTo(1);
    assertThat(figures(facts, new ReviewYear(2012, APRIL_1)).actions().total()).isZero();
  }

  @Test
  void completionsCountInTheYearOfCompletedOnWhateverYearTheActionWasDueIn() {
    UUID plan = UUID.randomUUID();
    UUID carried = UUID.randomUUID();
    UUID finishedLate = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            fact(
                2,
                new PlanPublished(
                    plan, "Plan", "2023-25", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 1))),
            created(carried, plan, Priority.LOW, LocalDate.of(2024, 2, 29)),
            created(finishedLate, plan, Priority.LOW, LocalDate.of(2024, 3, 31)),
            fact(
                2,
                new ActionStatusChanged(
                    finishedLate,
                    plan,
                    ActionStatus.NOT_STARTED,
                    ActionStatus.COMPLETED,
                    LocalDate.of(2024, 6, 1),
                    LocalDate.of(2024, 6, 1),
                    Priority.LOW)));
    ReportFigures.Actions in2024 = figures(facts, Y2024).actions();
    assertThat(in2024.total()).as("both were due in 2023-24").isZero();
    assertThat(in2024.completedInYear()).as("completed on 1 June 2024").isEqualTo(1);
    assertThat(in2024.overdueAtYearEnd())
        .as("overdue counts among the actions of the year they are due in")
        .isZero();
    ReportFigures.Actions in2023 = figures(facts, Y2023).actions();
    assertThat(in2023.total()).isEqualTo(2);
    assertThat(in2023.overdueAtYearEnd()).isEqualTo(2);
  }

  @Test
  void actionsOfUnpublishedPlansAreNotReported() {
    UUID draftPlan = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            fact(1, new PlanCreated(draftPlan, "Draft", "2024-25", LocalDate.of(2024, 4, 1))),
            created(UUID.randomUUID(), draftPlan, Priority.LOW, null));
    assertThat(figures(facts, Y2024).actions().total()).isZero();
  }

  @Test
  void figuresDoNotDependOnTheOrderEventsArrivedIn() {
    List<Fact> facts = new ArrayList<>(scenario());
    ReportFigures expected = figures(facts, Y2024);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(facts, random);
      assertThat(figures(facts, Y2024)).isEqualTo(expected);
    }
  }

  @Test
  void aDisputeClosedBeforeItsOpeningArrivedIsStillCounted() {
    UUID dispute = UUID.randomUUID();
    Fact closed =
        fact(
            4,
            new DisputeClosed(
                dispute,
                DisputeOutcome.RESOLVED,
                "STAGE_1",
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 8, 1)));
    ReportFigures.Disputes onlyClosed = figures(List.of(closed), Y2024).disputes();
    assertThat(onlyClosed.opened()).isEqualTo(1);
    assertThat(onlyClosed.byOutcome()).containsEntry("RESOLVED", 1);
    assertThat(onlyClosed.byStageReached()).containsEntry("STAGE_1", 1);
    Fact opened = fact(1, opened(dispute, LocalDate.of(2024, 5, 1)));
    assertThat(figures(List.of(closed, opened), Y2024).disputes())
        .isEqualTo(figures(List.of(opened, closed), Y2024).disputes())
        .isEqualTo(onlyClosed);
  }

  @Test
  void disputeDeadlinesCountInTheYearOfTheDeadlineAndAMissStaysAMiss() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            fact(1, opened(a, LocalDate.of(2024, 4, 10))),
            fact(
                2,
                new DisputeStageAdvanced(
                    a, "STAGE_1", "STAGE_2", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1))),
            fact(
                3,
                new DisputePanelConvened(
                    a,
                    LocalDate.of(2024, 5, 1),
                    LocalDate.of(2024, 5, 15),
                    LocalDate.of(2024, 5, 15),
                    true,
                    4)),
            fact(1, opened(b, LocalDate.of(2024, 6, 1))),
            fact(
                2,
                new DisputeDeadlineMissed(
                    b,
                    DeadlineKind.PANEL_CONVENED,
                    LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 7, 2))),
            fact(
                3,
                new DisputePanelConvened(
                    b,
                    LocalDate.of(2024, 6, 17),
                    LocalDate.of(2024, 7, 5),
                    LocalDate.of(2024, 7, 1),
                    false,
                    4)));
    ReportFigures.Disputes disputes = figures(facts, Y2024).disputes();
    assertThat(disputes.deadlinesMet()).isEqualTo(1);
    assertThat(disputes.deadlinesMissed()).isEqualTo(1);
    assertThat(disputes.deadlines().get("PANEL_CONVENED"))
        .isEqualTo(new ReportFigures.DeadlineCount(1, 1));
    assertThat(disputes.byStageReached()).containsEntry("STAGE_2", 1).containsEntry("INFORMAL", 1);
    assertThat(disputes.openAtYearEnd()).isEqualTo(2);
  }

  @Test
  void publishedSummariesCarryNoPartyDetails() {
    UUID dispute = UUID.randomUUID();
    List<Fact> facts =
        List.of(
            fact(1, opened(dispute, LocalDate.of(2024, 4, 10))),
            fact(
                6,
                new DisputeSummaryPublished(
                    dispute,
                    "Funding cut without notice",
                    "Give notice",
                    List.of("Publish timetables"),
                    DisputeOutcome.RESOLVED,
                    LocalDate.of(2024, 12, 1))));
    ReportFigures report = figures(facts, Y2024);
    assertThat(report.disputeSummaries()).hasSize(1);
    assertThat(report.disputeSummaries().get(0).recommendations())
        .containsExactly("Publish timetables");
    assertThat(report.toString()).doesNotContain(dispute.toString());
  }

  @Test
  void consultationsHeldCountByClosesOnWithTheShareMeetingTheLeadIn() {
    UUID full = UUID.randomUUID();
    UUID rushed = UUID.randomUUID();
    UUID cancelled = UUID.randomUUID();
    UUID owner = UUID.randomUUID();
    ConsultationDetails fullDetails =
        details("Community plan", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 24));
    ConsultationDetails rushedDetails =
        details("Budget", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1));
    List<Fact> facts =
        List.of(
            fact(
                1,
                new ConsultationScheduled(
                    full,
                    owner,
                    "PLANNED",
                    fullDetails,
                    new LeadIn(84, 84, true, null),
                    LocalDate.of(2024, 5, 1))),
            fact(
                3,
                new ConsultationClosed(
                    full,
                    owner,
                    "CLOSED",
                    fullDetails,
                    new LeadIn(84, 84, true, null),
                    LocalDate.of(2024, 8, 24))),
            fact(
                4,
                new ConsultationResultsPublished(
                    full,
                    owner,
                    "RESULTS_PUBLISHED",
                    fullDetails,
                    new LeadIn(84, 84, true, null),
                    UUID.randomUUID(),
                    "ref-1",
                    LocalDate.of(2025, 4, 3),
                    120,
                    true)),
            fact(
                1,
                new ConsultationScheduled(
                    rushed,
                    owner,
                    "PLANNED",
                    rushedDetails,
                    new LeadIn(28, 84, false, "Government deadline"),
                    LocalDate.of(2025, 1, 10))),
            fact(
                1,
                new ConsultationScheduled(
                    cancelled,
                    owner,
                    "PLANNED",
                    details("Parks", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 1)),
                    new LeadIn(91, 84, true, null),
                    LocalDate.of(2024, 8, 1))),
            fact(
                2,
                new ConsultationCancelled(
                    cancelled,
                    owner,
                    "CANCELLED",
                    details("Parks", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 1)),
                    new LeadIn(91, 84, true, null),
                    LocalDate.of(2024, 8, 20),
                    "merged")));
    ReportFigures.Consultations c = figures(facts, Y2024).consultations();
    assertThat(c.held()).isEqualTo(2);
    assertThat(c.meetingLeadIn()).isEqualTo(1);
    assertThat(c.meetingLeadInPercent()).isEqualTo(50);
    assertThat(c.shortLeadIn())
        .extracting(ReportFigures.ShortLeadIn::reason)
        .containsExactly("Government deadline");
    assertThat(c.cancelled()).isEqualTo(1);
    assertThat(c.resultsPublished()).as("published in April 2025: next year").isZero();
    assertThat(figures(facts, new ReviewYear(2025, APRIL_1)).consultations().resultsPublished())
        .isEqualTo(1);
  }

  private static ConsultationDetails details(String title, LocalDate opens, LocalDate closes) {
    return new ConsultationDetails(
        title,
        List.of("residents"),
        List.of("survey"),
        true,
        false,
        opens,
        closes,
        closes.plusMonths(1));
  }

  private static DisputeOpened opened(UUID dispute, LocalDate on) {
    return new DisputeOpened(
        dispute,
        "STAFFORD",
        "INFORMAL",
        List.of(
            new PartyRef(UUID.randomUUID(), PartyRole.COMPLAINANT, "VCS"),
            new PartyRef(UUID.randomUUID(), PartyRole.RESPONDENT, "PUBLIC")),
        CODES,
        true,
        on);
  }

  /** An action as the import of a historic plan creates it: created on the day of the import. */
  private static Fact imported(UUID plan, Priority priority, LocalDate due, LocalDate createdOn) {
    return fact(
        1,
        new ActionCreated(
            UUID.randomUUID(),
            plan,
            priority,
            ActionStatus.NOT_STARTED,
            due == null ? "Ongoing" : "By " + due,
            due,
            List.of(),
            createdOn));
  }

  private static Fact created(UUID action, UUID plan, Priority priority, LocalDate due) {
    return fact(
        1,
        new ActionCreated(
            action,
            plan,
            priority,
            ActionStatus.NOT_STARTED,
            "March 2025",
            due,
            List.of(),
            LocalDate.of(2024, 4, 5)));
  }

  private static List<Fact> scenario() {
    UUID plan = UUID.randomUUID();
    UUID action = UUID.randomUUID();
    UUID org = UUID.randomUUID();
    UUID dispute = UUID.randomUUID();
    return List.of(
        signed(org, "PUBLIC", LocalDate.of(2024, 4, 1)),
        fact(3, new SignatoryWithdrawn(org, "PUBLIC", LocalDate.of(2024, 10, 1), "merger")),
        fact(4, new SignatoryResigned(org, "PUBLIC", LocalDate.of(2025, 1, 1), CODES)),
        fact(
            2,
            new PlanPublished(
                plan, "Plan", "2024-25", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1))),
        created(action, plan, Priority.LOW, LocalDate.of(2024, 12, 31)),
        fact(
            2,
            new ActionStatusChanged(
                action,
                plan,
                ActionStatus.NOT_STARTED,
                ActionStatus.IN_PROGRESS,
                LocalDate.of(2024, 5, 1),
                null,
                Priority.LOW)),
        fact(
            3,
            new ActionStatusChanged(
                action,
                plan,
                ActionStatus.IN_PROGRESS,
                ActionStatus.COMPLETED,
                LocalDate.of(2024, 11, 1),
                LocalDate.of(2024, 11, 1),
                Priority.LOW)),
        fact(1, opened(dispute, LocalDate.of(2024, 4, 2))),
        fact(
            2,
            new DisputeStageAdvanced(
                dispute, "INFORMAL", "STAGE_1", LocalDate.of(2024, 5, 2), null)),
        fact(
            3,
            new DisputeClosed(
                dispute,
                DisputeOutcome.RESOLVED,
                "STAGE_1",
                LocalDate.of(2024, 4, 2),
                LocalDate.of(2024, 6, 1))));
  }
}
