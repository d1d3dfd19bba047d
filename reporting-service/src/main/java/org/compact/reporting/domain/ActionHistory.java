package org.compact.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionOverdue;
import org.compact.contracts.actionplan.ActionProgressRecorded;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.ActionStatusChanged;
import org.compact.contracts.actionplan.ActionUpdated;
import org.compact.contracts.actionplan.Priority;
import org.compact.platform.time.ReviewYear;

/**
 * One action's status timeline (by business date), completions (completedOn) and its latest
 * priority and due date (by aggregate version). A status change that arrives before the action's
 * creation is simply an earlier-known fact.
 *
 * <p>Which review year an action counts in is decided by its business date, the due date (see
 * {@link ReportCalculator}), never by when it was entered: a 2009-10 plan imported years later
 * still reports in 2009-10.
 */
public final class ActionHistory {
  private record StatusAt(LocalDate on, ActionStatus status) {}

  private UUID planId;
  private LocalDate createdOn;
  private LocalDate earliestDate;
  private Priority priority;
  private long priorityVersion = Long.MIN_VALUE;
  private LocalDate dueDate;
  private long dueDateVersion = Long.MIN_VALUE;
  private List<UUID> leads = List.of();
  private long leadsVersion = Long.MIN_VALUE;
  private final List<StatusAt> statuses = new ArrayList<>();
  private final List<LocalDate> completions = new ArrayList<>();

  public static ActionHistory of(List<Fact> facts) {
    ActionHistory history = new ActionHistory();
    facts.stream().sorted(Fact.BY_DATE_THEN_VERSION).forEach(history::apply);
    return history;
  }

  private void apply(Fact fact) {
    long v = fact.aggregateVersion();
    LocalDate on = fact.businessDate();
    if (on != null && (earliestDate == null || on.isBefore(earliestDate))) {
      earliestDate = on;
    }
    switch (fact.payload()) {
      case ActionCreated p -> {
        planId = p.planId();
        createdOn = p.createdOn() != null ? p.createdOn() : on;
        priority(v, p.priority());
        dueDate(v, p.dueDate());
        leads(v, p.leadSignatoryIds());
        status(on, p.status());
      }
      case ActionUpdated p -> {
        planId = p.planId();
        priority(v, p.priority());
        dueDate(v, p.dueDate());
        leads(v, p.leadSignatoryIds());
        status(on, p.status());
      }
      case ActionStatusChanged p -> {
        planId = p.planId();
        priority(v, p.priority());
        status(on, p.to());
        if (p.to() == ActionStatus.COMPLETED) {
          completions.add(on);
        }
      }
      case ActionProgressRecorded p -> {
        planId = p.planId();
        status(on, p.status());
      }
      case ActionOverdue p -> {
        planId = p.planId();
        priority(v, p.priority());
        dueDate(v, p.dueDate());
      }
      default -> {}
    }
  }

  private void priority(long version, Priority value) {
    if (version >= priorityVersion) {
      priorityVersion = version;
      priority = value;
    }
  }

  private void dueDate(long version, LocalDate value) {
    if (version >= dueDateVersion) {
      dueDateVersion = version;
      dueDate = value;
    }
  }

  private void leads(long version, List<UUID> value) {
    if (version >= leadsVersion) {
      leadsVersion = version;
      leads = value == null ? List.of() : List.copyOf(value);
    }
  }

  /** Signatories leading the action (latest version); empty when the lead is free text only. */
  public List<UUID> leads() {
    return leads;
  }

  private void status(LocalDate on, ActionStatus status) {
    if (status != null) {
      statuses.add(new StatusAt(on, status));
    }
  }

  public UUID planId() {
    return planId;
  }

  /** The latest due date (by aggregate version); null when ongoing, unparsed or completed. */
  public LocalDate dueDate() {
    return dueDate;
  }

  /** When the action was created (the earliest fact stands in while creation is unknown). */
  public LocalDate createdOn() {
    return createdOn != null ? createdOn : earliestDate;
  }

  public ActionStatus statusOn(LocalDate day) {
    ActionStatus current = ActionStatus.NOT_STARTED;
    for (StatusAt status : statuses) {
      if (status.on() != null && !status.on().isAfter(day)) {
        current = status.status();
      }
    }
    return current;
  }

  public String priorityName() {
    return priority == null ? "NONE" : priority.name();
  }

  public boolean completedIn(ReviewYear year) {
    return completions.stream().anyMatch(year::contains);
  }

  /** A due date passed by the year's end (the last day included) and not COMPLETED or DROPPED. */
  public boolean overdueAtEndOf(ReviewYear year) {
    ActionStatus status = statusOn(year.lastDay());
    return dueDate != null
        && year.byYearEnd(dueDate)
        && status != ActionStatus.COMPLETED
        && status != ActionStatus.DROPPED;
  }
}
