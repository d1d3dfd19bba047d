package org.compact.actionplan.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.compact.actionplan.config.ActionPlanConfig;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.PlanAction;
import org.compact.actionplan.domain.PlanStatus;
import org.compact.actionplan.events.ActionPlanEvents;
import org.compact.platform.lease.Leases;
import org.compact.platform.time.TimeSource;
import org.jboss.logging.Logger;

/**
 * The daily sweep: for every open action of a published plan whose current due date has passed,
 * emits action.overdue once per action and due date (the primary key of action_overdue_notice
 * decides; a second sweep, or a second replica, inserts nothing and emits nothing). Overdue itself
 * is computed on read; the sweep only tells the other services.
 */
@ApplicationScoped
public class OverdueSweep {
  static final String LEASE = "actionplan-overdue-sweep";
  private static final Logger LOG = Logger.getLogger(OverdueSweep.class);

  @Inject Leases leases;
  @Inject TimeSource time;
  @Inject EntityManager em;
  @Inject ActionPlanEvents events;
  @Inject ActionPlanConfig config;

  @Scheduled(
      identity = "actionplan-overdue-sweep",
      cron = "{compact.actionplan.overdue-sweep-cron}",
      timeZone = "Europe/London",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void daily() {
    int emitted = sweep();
    LOG.infof("overdue sweep: %d action.overdue event(s)", emitted);
  }

  /** Runs the sweep if this instance wins the lease; the number of events emitted (0 if not). */
  public int sweep() {
    Integer emitted = leases.runExclusively(LEASE, this::emitOverdue);
    return emitted == null ? 0 : emitted;
  }

  private Integer emitOverdue() {
    LocalDate today = time.today();
    int emitted = 0;
    List<Plan> plans = Plan.list("status", PlanStatus.PUBLISHED);
    for (Plan plan : plans) {
      List<PlanAction> actions = PlanAction.list("planId", plan.id);
      for (PlanAction action : actions) {
        Optional<LocalDate> due = action.dueOn(plan.dates(config.periodStart()), today);
        if (action.isOverdue(plan.dates(config.periodStart()), today)
            && firstNotice(action, due.orElseThrow(), today)) {
          events.overdue(action, due.get(), today);
          emitted++;
        }
      }
    }
    return emitted;
  }

  private boolean firstNotice(PlanAction action, LocalDate dueOn, LocalDate today) {
    return em.createNativeQuery(
                "insert into action_overdue_notice (action_id, due_on, detected_on)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, action.id)
            .setParameter(2, dueOn)
            .setParameter(3, today)
            .executeUpdate()
        == 1;
  }
}
