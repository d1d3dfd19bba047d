package org.compact.reporting.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.contracts.dispute.DisputeClosed;
import org.compact.contracts.dispute.DisputeDeadlineMissed;
import org.compact.contracts.dispute.DisputeHearingHeld;
import org.compact.contracts.dispute.DisputeNotifiedResolvedInternally;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeOutcome;
import org.compact.contracts.dispute.DisputePanelConvened;
import org.compact.contracts.dispute.DisputeStageAdvanced;
import org.compact.contracts.dispute.DisputeSummaryPublished;
import org.compact.platform.time.ReviewYear;

/**
 * A dispute's anonymous facts: when it was opened and closed, the furthest stage named by the
 * highest aggregate version, its outcome, and per deadline whether it was met or missed. Party ids
 * and sectors are read by nobody here.
 */
public final class DisputeHistory {
  /** Stage name for a difference only ever notified as resolved inside an organisation. */
  public static final String INTERNAL_STAGE = "INTERNAL_PROCEDURE";

  public record Deadline(LocalDate on, boolean met) {}

  private LocalDate openedOn;
  private LocalDate notifiedOn;
  private String stage;
  private long stageVersion = Long.MIN_VALUE;
  private DisputeOutcome outcome;
  private LocalDate closedOn;
  private long closedVersion = Long.MIN_VALUE;
  private LocalDate resolvedInternallyOn;
  private LocalDate receivedOn;
  private final Map<DeadlineKind, Deadline> deadlines = new EnumMap<>(DeadlineKind.class);
  private DisputeSummaryPublished summary;
  private long summaryVersion = Long.MIN_VALUE;

  public static DisputeHistory of(List<Fact> facts) {
    DisputeHistory history = new DisputeHistory();
    facts.stream().sorted(Fact.BY_VERSION).forEach(history::apply);
    return history;
  }

  private void apply(Fact fact) {
    long v = fact.aggregateVersion();
    switch (fact.payload()) {
      case DisputeOpened p -> {
        openedOn = fact.businessDate();
        stage(v, p.stage());
      }
      case DisputeNotifiedResolvedInternally p -> {
        notifiedOn = fact.businessDate();
        resolvedInternallyOn = p.resolvedOn() != null ? p.resolvedOn() : fact.businessDate();
      }
      case DisputeStageAdvanced p -> {
        stage(v, p.toStage());
        received(p.receivedOn());
      }
      case DisputePanelConvened p -> {
        received(p.receivedOn());
        deadline(DeadlineKind.PANEL_CONVENED, new Deadline(p.deadline(), p.onTime()));
      }
      case DisputeHearingHeld p ->
          deadline(DeadlineKind.HEARING_HELD, new Deadline(p.deadline(), p.onTime()));
      case DisputeDeadlineMissed p -> deadline(p.deadlineKind(), new Deadline(p.deadline(), false));
      case DisputeClosed p -> {
        stage(v, p.stageReached());
        if (v >= closedVersion) {
          closedVersion = v;
          outcome = p.outcome();
          closedOn = fact.businessDate();
        }
        if (openedOn == null) {
          openedOn = p.openedOn();
        }
      }
      case DisputeSummaryPublished p -> {
        if (v >= summaryVersion) {
          summaryVersion = v;
          summary = p;
        }
      }
      default -> {}
    }
  }

  /** The referral receipt date R; the first one recorded counts. */
  private void received(LocalDate on) {
    if (on != null && (receivedOn == null || on.isBefore(receivedOn))) {
      receivedOn = on;
    }
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  private void stage(long version, String name) {
    if (name != null && version >= stageVersion) {
      stageVersion = version;
      stage = name;
    }
  }

  /** A miss is never overwritten by a later "met" (a late panel after a missed-deadline alert). */
  private void deadline(DeadlineKind kind, Deadline deadline) {
    if (kind == null) {
      return;
    }
    deadlines.merge(
        kind,
        deadline,
        (old, now) -> new Deadline(old.on() != null ? old.on() : now.on(), old.met() && now.met()));
  }

  public LocalDate openedOn() {
    return openedOn != null ? openedOn : notifiedOn;
  }

  public String stageReached() {
    return stage != null ? stage : INTERNAL_STAGE;
  }

  public DisputeOutcome outcome() {
    return outcome != null
        ? outcome
        : resolvedInternallyOn != null ? DisputeOutcome.RESOLVED_INTERNALLY : null;
  }

  public LocalDate closedOn() {
    return outcome != null ? closedOn : resolvedInternallyOn;
  }

  public boolean openAtEndOf(ReviewYear year) {
    return year.byYearEnd(openedOn()) && (closedOn() == null || closedOn().isAfter(year.lastDay()));
  }

  public Map<DeadlineKind, Deadline> deadlines() {
    return deadlines;
  }

  public DisputeSummaryPublished summary() {
    return summary;
  }
}
