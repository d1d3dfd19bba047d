package org.compact.dispute.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.domain.Deadline;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.events.DisputeEvents;
import org.compact.platform.lease.Leases;
import org.compact.platform.time.TimeSource;

/**
 * Emits {@code dispute.deadline-missed} once per case and deadline. One instance runs at a time
 * (lease); "once" is the primary key of {@code deadline_miss}.
 */
@ApplicationScoped
public class DeadlineCheck {
  static final String LEASE = "dispute-deadline-check";

  @Inject Leases leases;
  @Inject EntityManager em;
  @Inject TimeSource time;
  @Inject DisputeEvents events;
  @Inject CaseDeadlines deadlines;

  @Scheduled(
      cron = "{compact.dispute.deadline-check-cron}",
      timeZone = "Europe/London",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    runNow();
  }

  /** Runs the check now (if no other instance is); returns how many misses were emitted. */
  public int runNow() {
    Integer emitted = leases.runExclusively(LEASE, this::check);
    return emitted == null ? 0 : emitted;
  }

  int check() {
    LocalDate today = time.today();
    List<Dispute> candidates =
        em.createQuery(
                "select d from Dispute d where d.receivedOn is not null and ("
                    + "(d.panelDeadline < :today and not exists (select 1 from DeadlineMissRow m"
                    + "   where m.disputeId = d.id and m.kind = 'PANEL_CONVENED'))"
                    + " or (d.hearingDeadline < :today and not exists (select 1 from DeadlineMissRow m"
                    + "   where m.disputeId = d.id and m.kind = 'HEARING_HELD')))",
                Dispute.class)
            .setParameter("today", today)
            .getResultList();
    int emitted = 0;
    for (Dispute d : candidates) {
      // the stored dates are a lower bound (a stopped clock moves them on): compute today's
      Map<DeadlineKind, CaseDeadlines.CaseDeadline> current = deadlines.of(d, today);
      emitted += checkOne(d, current.get(DeadlineKind.PANEL_CONVENED), today);
      emitted += checkOne(d, current.get(DeadlineKind.HEARING_HELD), today);
    }
    return emitted;
  }

  private int checkOne(Dispute d, CaseDeadlines.CaseDeadline current, LocalDate today) {
    if (current == null) {
      return 0;
    }
    Deadline deadline = current.deadline();
    DeadlineKind kind = deadline.kind();
    if (!deadline.isMissed(current.fulfilledOn(), d.closedOn, today)) {
      return 0;
    }
    int inserted =
        em.createNativeQuery(
                "insert into deadline_miss (dispute_id, kind, deadline, detected_on)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, d.id)
            .setParameter(2, kind.name())
            .setParameter(3, deadline.dueOn())
            .setParameter(4, today)
            .executeUpdate();
    if (inserted == 1) {
      events.deadlineMissed(d, deadline, today);
    }
    return inserted;
  }
}
