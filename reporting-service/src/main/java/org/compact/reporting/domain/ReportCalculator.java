package org.compact.reporting.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.dispute.DisputeSummaryPublished;
import org.compact.platform.time.ReviewYear;

/**
 * Folds the facts into the figures of a review year. Pure: the same facts give the same figures
 * whatever order they arrived in, and whenever they are computed.
 */
public final class ReportCalculator {
  private final ReportSettings settings;
  private final Map<String, SignatoryHistory> signatories;
  private final Map<String, PlanHistory> plans;
  private final List<ActionHistory> actions;
  private final List<ConsultationHistory> consultations;
  private final List<DisputeHistory> disputes;
  private final List<ApprovedExample> examples;

  public ReportCalculator(
      ReportSettings settings, Collection<Fact> facts, List<ApprovedExample> examples) {
    this.settings = settings;
    Map<String, Map<String, List<Fact>>> byAggregate =
        facts.stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.type().aggregateType(),
                    Collectors.groupingBy(Fact::aggregateId, TreeMap::new, Collectors.toList())));
    this.signatories = fold(byAggregate.get("signatory"), SignatoryHistory::of);
    this.plans = fold(byAggregate.get("plan"), PlanHistory::of);
    this.actions = List.copyOf(fold(byAggregate.get("action"), ActionHistory::of).values());
    this.consultations =
        List.copyOf(fold(byAggregate.get("consultation"), ConsultationHistory::of).values());
    this.disputes = List.copyOf(fold(byAggregate.get("dispute"), DisputeHistory::of).values());
    this.examples = List.copyOf(examples);
  }

  private static <T> Map<String, T> fold(
      Map<String, List<Fact>> facts, Function<List<Fact>, T> folder) {
    Map<String, T> folded = new TreeMap<>();
    if (facts != null) {
      facts.forEach((id, list) -> folded.put(id, folder.apply(list)));
    }
    return folded;
  }

  public ReportFigures figures(ReviewYear year) {
    return new ReportFigures(
        signatories(year),
        actions(year),
        consultations(year),
        disputes(year),
        summaries(year),
        goodPractice(year));
  }

  /** The configured sectors, then any other sector the signatory events name (sorted). */
  private List<String> sectorNames() {
    List<String> sectors = new ArrayList<>(settings.sectors());
    signatories.values().stream()
        .map(SignatoryHistory::sector)
        .distinct()
        .sorted()
        .filter(s -> !sectors.contains(s))
        .forEach(sectors::add);
    return sectors;
  }

  /** A signatory's sector; UNKNOWN when no signatory event named it. */
  private String sectorOf(String signatoryId) {
    SignatoryHistory history = signatoryId == null ? null : signatories.get(signatoryId);
    return history == null ? "UNKNOWN" : history.sector();
  }

  ReportFigures.Signatories signatories(ReviewYear year) {
    List<ReportFigures.SectorRow> rows = new ArrayList<>();
    for (String sector : sectorNames()) {
      List<SignatoryHistory> inSector =
          signatories.values().stream().filter(s -> s.sector().equals(sector)).toList();
      rows.add(
          new ReportFigures.SectorRow(
              sector,
              count(inSector, s -> s.signedIn(year)),
              count(inSector, s -> s.withdrawnIn(year)),
              count(inSector, s -> s.signedOn(year.lastDay()))));
    }
    ReportFigures.SectorRow total =
        new ReportFigures.SectorRow(
            "ALL",
            rows.stream().mapToInt(ReportFigures.SectorRow::newlySigned).sum(),
            rows.stream().mapToInt(ReportFigures.SectorRow::withdrawn).sum(),
            rows.stream().mapToInt(ReportFigures.SectorRow::signedAtYearEnd).sum());
    int withoutChampion =
        count(
            signatories.values(),
            s ->
                s.sector().equals(settings.publicSector())
                    && s.signedOn(year.lastDay())
                    && !s.hasChampionOn(year.lastDay()));
    return new ReportFigures.Signatories(rows, total, withoutChampion);
  }

  /**
   * Actions of published plans. The year's actions (total, by status at year end, by priority and
   * lead sector, overdue at year end) are those due in the year (DOMAIN.md: a figure counts in the
   * year of its business date, for an action its due date); an action without a due date (ongoing,
   * unparsed) counts in every review year its plan's period covers, else in the year its plan was
   * adopted, else in the year it was created. Completions count by their completedOn, whatever year
   * the action was due in.
   */
  ReportFigures.Actions actions(ReviewYear year) {
    List<ActionHistory> reported =
        actions.stream()
            .filter(a -> a.planId() != null)
            .filter(a -> planOf(a).map(PlanHistory::published).orElse(false))
            .toList();
    List<ActionHistory> counted = reported.stream().filter(a -> countsIn(a, year)).toList();
    Map<String, Integer> byStatus = zeroes(enumNames(ActionStatus.values()));
    counted.forEach(a -> byStatus.merge(a.statusOn(year.lastDay()).name(), 1, Integer::sum));
    List<String> priorities = new ArrayList<>(enumNames(Priority.values()));
    priorities.add("NONE");
    Map<String, Integer> byPriority = zeroes(priorities);
    counted.forEach(a -> byPriority.merge(a.priorityName(), 1, Integer::sum));
    List<String> leadSectors = new ArrayList<>(sectorNames());
    leadSectors.add("NONE");
    Map<String, Integer> byLeadSector = zeroes(leadSectors);
    for (ActionHistory action : counted) {
      List<String> sectors =
          action.leads().stream().map(id -> sectorOf(id.toString())).distinct().toList();
      (sectors.isEmpty() ? List.of("NONE") : sectors)
          .forEach(s -> byLeadSector.merge(s, 1, Integer::sum));
    }
    return new ReportFigures.Actions(
        counted.size(),
        byStatus,
        byPriority,
        byLeadSector,
        count(reported, a -> a.completedIn(year)),
        count(counted, a -> a.overdueAtEndOf(year)));
  }

  private Optional<PlanHistory> planOf(ActionHistory action) {
    return Optional.ofNullable(plans.get(action.planId().toString()));
  }

  private boolean countsIn(ActionHistory action, ReviewYear year) {
    if (action.dueDate() != null) {
      return year.contains(action.dueDate());
    }
    PlanHistory plan = planOf(action).orElseThrow();
    Optional<PlanPeriod> period = PlanPeriod.parse(plan.period(), year.start());
    if (period.isPresent()) {
      return period.get().overlaps(year.firstDay(), year.lastDay());
    }
    return year.contains(plan.adoptedOn() != null ? plan.adoptedOn() : action.createdOn());
  }

  ReportFigures.Consultations consultations(ReviewYear year) {
    List<ConsultationHistory> held = consultations.stream().filter(c -> c.heldIn(year)).toList();
    int meeting = count(held, ConsultationHistory::meetsLeadIn);
    List<ReportFigures.ShortLeadIn> shortLeadIn =
        held.stream()
            .filter(c -> !c.meetsLeadIn())
            .map(ConsultationHistory::shortLeadIn)
            .sorted(
                Comparator.comparing(ReportFigures.ShortLeadIn::closesOn)
                    .thenComparing(ReportFigures.ShortLeadIn::title))
            .toList();
    Map<String, Integer> heldBySector = zeroes(sectorNames());
    held.forEach(
        c ->
            heldBySector.merge(
                sectorOf(c.ownerId() == null ? null : c.ownerId().toString()), 1, Integer::sum));
    return new ReportFigures.Consultations(
        held.size(),
        heldBySector,
        meeting,
        held.isEmpty() ? 0 : (int) Math.round(100.0 * meeting / held.size()),
        shortLeadIn,
        count(consultations, c -> c.resultsPublishedIn(year)),
        count(consultations, c -> c.outcomePublishedIn(year)),
        count(consultations, c -> c.cancelledIn(year)));
  }

  ReportFigures.Disputes disputes(ReviewYear year) {
    List<DisputeHistory> opened =
        disputes.stream().filter(d -> year.contains(d.openedOn())).toList();
    Map<String, Integer> byStage = new TreeMap<>();
    opened.forEach(d -> byStage.merge(d.stageReached(), 1, Integer::sum));
    List<DisputeHistory> closed =
        disputes.stream().filter(d -> d.outcome() != null && year.contains(d.closedOn())).toList();
    Map<String, Integer> byOutcome = zeroes(enumNames(DisputeOutcome.values()));
    closed.forEach(d -> byOutcome.merge(d.outcome().name(), 1, Integer::sum));
    Map<String, ReportFigures.DeadlineCount> deadlines = new LinkedHashMap<>();
    int met = 0;
    int missed = 0;
    for (DeadlineKind kind : DeadlineKind.values()) {
      int kindMet = 0;
      int kindMissed = 0;
      for (DisputeHistory dispute : disputes) {
        DisputeHistory.Deadline deadline = dispute.deadlines().get(kind);
        if (deadline != null && year.contains(deadline.on())) {
          if (deadline.met()) {
            kindMet++;
          } else {
            kindMissed++;
          }
        }
      }
      deadlines.put(kind.name(), new ReportFigures.DeadlineCount(kindMet, kindMissed));
      met += kindMet;
      missed += kindMissed;
    }
    return new ReportFigures.Disputes(
        opened.size(),
        new LinkedHashMap<>(byStage),
        count(disputes, d -> year.contains(d.receivedOn())),
        closed.size(),
        byOutcome,
        count(disputes, d -> d.openAtEndOf(year)),
        met,
        missed,
        deadlines);
  }

  List<ReportFigures.DisputeSummary> summaries(ReviewYear year) {
    return disputes.stream()
        .map(DisputeHistory::summary)
        .filter(s -> s != null && year.contains(s.publishedOn()))
        .map(ReportCalculator::summaryOf)
        .sorted(
            Comparator.comparing(ReportFigures.DisputeSummary::publishedOn)
                .thenComparing(s -> s.summary() == null ? "" : s.summary()))
        .toList();
  }

  private static ReportFigures.DisputeSummary summaryOf(DisputeSummaryPublished p) {
    return new ReportFigures.DisputeSummary(
        p.publishedOn(),
        p.outcome() == null ? null : p.outcome().name(),
        p.summary(),
        p.lessonsLearned(),
        p.recommendations() == null ? List.of() : List.copyOf(p.recommendations()));
  }

  List<ReportFigures.GoodPracticeExample> goodPractice(ReviewYear year) {
    return examples.stream()
        .filter(e -> year.contains(e.occurredOn()))
        .sorted(
            Comparator.comparing(ApprovedExample::occurredOn).thenComparing(ApprovedExample::title))
        .map(
            e ->
                new ReportFigures.GoodPracticeExample(
                    e.occurredOn(),
                    e.title(),
                    e.description(),
                    organisationName(e.organisationId())))
        .toList();
  }

  /** The submitting organisation's name as its signatory events give it (null when unknown). */
  private String organisationName(UUID organisationId) {
    if (organisationId == null) {
      return null;
    }
    SignatoryHistory history = signatories.get(organisationId.toString());
    return history == null ? null : history.name();
  }

  private static <T> int count(Collection<T> items, java.util.function.Predicate<T> test) {
    return (int) items.stream().filter(test).count();
  }

  private static List<String> enumNames(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return names;
  }

  private static Map<String, Integer> zeroes(List<String> keys) {
    Map<String, Integer> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, 0));
    return map;
  }
}
