package org.compact.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compact.consultation.config.ConsultationConfig;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationPlan;
import org.compact.consultation.domain.ConsultationStatus;
import org.compact.consultation.domain.LeadInRule;
import org.compact.consultation.domain.Outcome;
import org.compact.consultation.events.ConsultationEvents;
import org.compact.platform.calendar.Calendars;
import org.compact.platform.calendar.DayCount;
import org.compact.platform.calendar.DeadlineArea;
import org.compact.platform.calendar.DeadlinePolicies;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.TimeSource;

/** Consultation use cases: each state change and its events commit together. */
@ApplicationScoped
public class ConsultationService {
  @Inject ConsultationConfig config;
  @Inject TimeSource time;
  @Inject ConsultationEvents events;
  @Inject EntityManager em;
  @Inject DeadlinePolicies policies;
  @Inject Calendars calendars;

  /** The rule for dates set now: the configured day count, read on every use. */
  public LeadInRule leadInRule() {
    DayCount dayCount = policies.dayCount(DeadlineArea.CONSULTATION);
    int required = dayCount == DayCount.WORKING ? config.leadInWorkingDays() : config.leadInDays();
    return new LeadInRule(required, dayCount, calendars.calendar());
  }

  /**
   * Schedules a consultation (PLANNED) and moves it on at once when its dates have already come, so
   * a historic consultation is entered as CLOSED with its opened/closed events.
   */
  @Transactional
  public Consultation schedule(UUID ownerId, ConsultationPlan plan, String createdBy) {
    Consultation consultation =
        Consultation.schedule(ownerId, plan, leadInRule(), createdBy, time.now());
    consultation.persistAndFlush();
    events.scheduled(consultation, time.today());
    advanceByDate(consultation, time.today());
    return consultation;
  }

  @Transactional
  public Consultation revise(UUID id, String ifMatch, ConsultationPlan plan, AccessCheck access) {
    Consultation consultation = load(id, access);
    ETags.requireIfMatch(ifMatch, consultation.version);
    consultation.revise(plan, leadInRule(), time.now());
    em.flush();
    events.updated(consultation, time.today());
    advanceByDate(consultation, time.today());
    return consultation;
  }

  @Transactional
  public Consultation cancel(UUID id, String ifMatch, String reason, AccessCheck access) {
    Consultation consultation = load(id, access);
    ETags.requireIfMatch(ifMatch, consultation.version);
    consultation.cancel(reason, time.today(), time.now());
    em.flush();
    events.cancelled(consultation);
    return consultation;
  }

  @Transactional
  public Consultation publishOutcome(UUID id, String ifMatch, Outcome outcome, AccessCheck access) {
    Consultation consultation = load(id, access);
    ETags.requireIfMatch(ifMatch, consultation.version);
    consultation.publishOutcome(outcome, time.today(), time.now());
    em.flush();
    events.outcomePublished(consultation);
    return consultation;
  }

  /**
   * Moves every consultation whose dates have come: PLANNED → OPEN → CLOSED, London dates. Called
   * by {@link ConsultationStatusJob} under its lease, and directly by tests.
   */
  @Transactional
  public int advanceAllByDate(LocalDate today) {
    List<Consultation> due =
        Consultation.list(
            "(status = ?1 and opensOn <= ?3) or (status = ?2 and closesOn < ?3) order by opensOn,"
                + " id",
            ConsultationStatus.PLANNED,
            ConsultationStatus.OPEN,
            today);
    int steps = 0;
    for (Consultation consultation : due) {
      steps += advanceByDate(consultation, today);
    }
    return steps;
  }

  private int advanceByDate(Consultation consultation, LocalDate today) {
    int steps = 0;
    Optional<ConsultationStatus> entered;
    while ((entered = consultation.advanceOneStepByDate(today, time.now())).isPresent()) {
      em.flush();
      if (entered.get() == ConsultationStatus.OPEN) {
        events.opened(consultation);
      } else {
        events.closed(consultation);
      }
      steps++;
    }
    return steps;
  }

  public Optional<Consultation> find(UUID id) {
    return Optional.ofNullable(Consultation.findById(id));
  }

  Consultation load(UUID id, AccessCheck access) {
    Consultation consultation =
        find(id).orElseThrow(() -> ProblemException.notFound("Consultation", id));
    access.check(consultation);
    return consultation;
  }
}
