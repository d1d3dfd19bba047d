package org.compact.actionplan.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compact.actionplan.config.ActionPlanConfig;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.domain.PlanObjective;
import org.compact.actionplan.domain.PlanSection;
import org.compact.actionplan.domain.PlanStatus;
import org.compact.platform.http.PageRequest;
import org.compact.platform.time.TimeSource;

/**
 * Action lists with filters. Due dates and "overdue" depend on today and on progress, so they are
 * computed in memory per request; a Compact's plans hold tens to hundreds of actions.
 */
@ApplicationScoped
public class ActionQueries {
  public static final List<String> SORT_FIELDS = List.of("position", "dueOn", "priority", "status");

  @Inject TimeSource time;
  @Inject ActionPlanConfig config;

  /** One action with what was computed for it. */
  public record Row(PlanAction action, Plan plan, Optional<LocalDate> dueOn, boolean overdue) {}

  public record Result(List<Row> items, long total) {}

  public Result list(ActionFilter filter, List<PlanStatus> visiblePlanStatuses, PageRequest page) {
    List<Plan> plans =
        filter.planId() != null
            ? Plan.list("id = ?1 and status in ?2", filter.planId(), visiblePlanStatuses)
            : Plan.list("status in ?1", visiblePlanStatuses);
    if (plans.isEmpty()) {
      return new Result(List.of(), 0);
    }
    Map<UUID, Plan> byId = plans.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    List<PlanAction> actions =
        PlanAction.list("planId in ?1", Sort.by("planId").and("position"), byId.keySet());
    LocalDate today = time.today();
    List<Row> rows =
        actions.stream()
            .map(a -> row(a, byId.get(a.planId), today))
            .filter(r -> matches(r, filter))
            .sorted(order(page, plans, objectiveRanks(byId.keySet())))
            .toList();
    int from = Math.min(page.offset(), rows.size());
    int to = Math.min(from + page.size(), rows.size());
    return new Result(rows.subList(from, to), rows.size());
  }

  public Row row(PlanAction action, Plan plan, LocalDate today) {
    Optional<LocalDate> due = action.dueOn(plan.dates(config.periodStart()), today);
    return new Row(
        action,
        plan,
        due,
        org.compact.actionplan.domain.ActionSchedule.isOverdue(action.status, due, today));
  }

  public Row row(PlanAction action, Plan plan) {
    return row(action, plan, time.today());
  }

  private static boolean matches(Row row, ActionFilter filter) {
    PlanAction action = row.action();
    if (filter.statuses() != null
        && !filter.statuses().isEmpty()
        && !filter.statuses().contains(action.status)) {
      return false;
    }
    if (filter.priorities() != null
        && !filter.priorities().isEmpty()
        && !filter.priorities().contains(action.priority)) {
      return false;
    }
    if (filter.lead() != null && !filter.lead().isBlank() && !leadMatches(action, filter.lead())) {
      return false;
    }
    if (filter.overdue() != null && filter.overdue() != row.overdue()) {
      return false;
    }
    if (filter.dueBefore() != null
        && !row.dueOn().map(d -> d.isBefore(filter.dueBefore())).orElse(false)) {
      return false;
    }
    return filter.dueAfter() == null
        || row.dueOn().map(d -> d.isAfter(filter.dueAfter())).orElse(false);
  }

  private static boolean leadMatches(PlanAction action, String lead) {
    try {
      return action.isLedBy(UUID.fromString(lead.trim()));
    } catch (IllegalArgumentException notAnId) {
      return action.lead != null
          && action.lead.toLowerCase(Locale.ROOT).contains(lead.trim().toLowerCase(Locale.ROOT));
    }
  }

  /** Objective id → its place in its plan (section position, then objective position). */
  private static Map<UUID, Long> objectiveRanks(java.util.Set<UUID> planIds) {
    Map<UUID, Integer> sectionPositions =
        PlanSection.<PlanSection>list("planId in ?1", planIds).stream()
            .collect(Collectors.toMap(s -> s.id, s -> s.position));
    return PlanObjective.<PlanObjective>list("planId in ?1", planIds).stream()
        .collect(
            Collectors.toMap(
                o -> o.id, o -> sectionPositions.get(o.sectionId) * 1_000_000L + o.position));
  }

  private static Comparator<Row> order(
      PageRequest page, List<Plan> plans, Map<UUID, Long> objectiveRanks) {
    Map<UUID, Integer> planOrder =
        plans.stream()
            .sorted(Comparator.comparing((Plan p) -> p.createdAt).thenComparing(p -> p.id))
            .collect(Collectors.toMap(p -> p.id, p -> plans.indexOf(p)));
    Comparator<Row> natural =
        Comparator.comparing((Row r) -> planOrder.get(r.plan().id))
            .thenComparing(r -> objectiveRanks.getOrDefault(r.action().objectiveId, 0L))
            .thenComparingInt(r -> r.action().position);
    Comparator<Row> primary =
        switch (page.sortField() == null ? "position" : page.sortField()) {
          case "dueOn" ->
              Comparator.comparing(
                  (Row r) -> r.dueOn().orElse(null),
                  Comparator.nullsLast(Comparator.naturalOrder()));
          case "priority" ->
              Comparator.comparing(
                  (Row r) -> r.action().priority, Comparator.nullsLast(Comparator.naturalOrder()));
          case "status" -> Comparator.comparing((Row r) -> r.action().status);
          default -> (a, b) -> 0;
        };
    if (page.descending()) {
      primary = primary.reversed();
    }
    return primary.thenComparing(natural);
  }
}
