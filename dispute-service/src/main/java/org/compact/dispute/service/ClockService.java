package org.compact.dispute.service;

import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.ClockStop;
import org.compact.dispute.domain.DeadlineState;
import org.compact.dispute.domain.Dispute;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.security.Caller;
import org.compact.platform.time.TimeSource;

/**
 * "Stop the clock": compact-admin (who records R) or the case's panel (which runs stage 2) pauses a
 * case's open deadlines with a reason and resumes them. The days in between do not count; the stops
 * are the case's clock history. No event: the deadline dates in later events and the
 * deadline-missed check already account for the stopped days.
 */
@ApplicationScoped
public class ClockService {
  static final Set<Actor> CLOCK_KEEPERS = EnumSet.of(COMPACT_ADMIN, PANEL);

  @Inject CaseAccess access;
  @Inject DisputeService disputes;
  @Inject CaseDeadlines deadlines;
  @Inject Caller caller;
  @Inject TimeSource time;

  @Transactional
  public Dispute stop(UUID id, String ifMatch, String reason) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    CaseAccess.require(actors, CLOCK_KEEPERS, "stop the case's clock");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    LocalDate today = time.today();
    Optional<ClockStop> running = running(d.id);
    if (running.isPresent()) {
      throw ProblemException.conflict(
          "The clock is already stopped (since " + running.get().stoppedOn + ")",
          Map.of("clockStopped", true, "stoppedOn", running.get().stoppedOn.toString()));
    }
    var current = deadlines.of(d, today);
    if (current.isEmpty()) {
      throw ProblemException.conflict(
          "No deadline runs on this case: deadlines start when the receipt date R is recorded",
          Map.of("clockStopped", false));
    }
    boolean anyPending =
        current.values().stream()
            .anyMatch(
                c ->
                    c.deadline().state(c.fulfilledOn(), d.closedOn, today)
                        == DeadlineState.PENDING);
    if (!anyPending) {
      throw ProblemException.conflict(
          "Every deadline of this case is already met or passed; there is no clock to stop",
          Map.of("clockStopped", false));
    }
    String why = DisputeService.trimmed(reason);
    if (why == null) {
      throw ProblemException.ruleViolation(
          "Record why the clock is stopped",
          List.of(new Problem.Violation("reason", "required to stop the clock")));
    }
    ClockStop stop = new ClockStop();
    stop.id = UUID.randomUUID();
    stop.disputeId = d.id;
    stop.stoppedOn = today;
    stop.stoppedByRole = role(actors);
    stop.stoppedBy = caller.subject();
    stop.reason = why;
    stop.createdAt = time.now();
    stop.persist();
    deadlines.refresh(d);
    d.touch(time.now());
    return d;
  }

  @Transactional
  public Dispute resume(UUID id, String ifMatch, String note) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    CaseAccess.require(actors, CLOCK_KEEPERS, "resume the case's clock");
    ETags.requireIfMatch(ifMatch, d.version);
    disputes.requireOpen(d);
    ClockStop stop =
        running(d.id)
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "The clock is not stopped", Map.of("clockStopped", false)));
    stop.resumedOn = time.today();
    stop.resumedByRole = role(actors);
    stop.resumedBy = caller.subject();
    stop.resumeNote = DisputeService.trimmed(note);
    deadlines.refresh(d);
    d.touch(time.now());
    return d;
  }

  /** Closing a case ends a running stop on the closing day (inside the closing transaction). */
  void resumeOnClosing(Dispute d, Set<Actor> actors) {
    running(d.id)
        .ifPresent(
            stop -> {
              stop.resumedOn = d.closedOn.isBefore(stop.stoppedOn) ? stop.stoppedOn : d.closedOn;
              stop.resumedByRole = role(actors);
              stop.resumedBy = caller.subject();
              stop.resumeNote = "Case closed (" + d.outcome + ")";
            });
  }

  private static Optional<ClockStop> running(UUID disputeId) {
    return ClockStop.<ClockStop>find("disputeId = ?1 and resumedOn is null", disputeId)
        .firstResultOptional();
  }

  private static Actor role(Set<Actor> actors) {
    return actors.contains(COMPACT_ADMIN) ? COMPACT_ADMIN : PANEL;
  }
}
