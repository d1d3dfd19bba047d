package org.compact.consultation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.compact.consultation.domain.Consultation;
import org.compact.consultation.domain.ConsultationResult;
import org.compact.contracts.consultation.ConsultationCancelled;
import org.compact.contracts.consultation.ConsultationClosed;
import org.compact.contracts.consultation.ConsultationDetails;
import org.compact.contracts.consultation.ConsultationOpened;
import org.compact.contracts.consultation.ConsultationOutcomePublished;
import org.compact.contracts.consultation.ConsultationResultsPublished;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.contracts.consultation.ConsultationUpdated;
import org.compact.contracts.consultation.LeadIn;
import org.compact.platform.outbox.Outbox;

/**
 * Consultation changes as outbox events, in the use case's transaction. Every event repeats the
 * public details and the lead-in assessment; the contact mailbox and who acted are left out.
 * Callers flush first so {@code version} is the version this change produced.
 */
@ApplicationScoped
public class ConsultationEvents {
  @Inject Outbox outbox;

  public void scheduled(Consultation c, LocalDate scheduledOn) {
    outbox.record(
        c.version,
        new ConsultationScheduled(
            c.id, c.ownerId, c.status.name(), details(c), leadIn(c), scheduledOn));
  }

  public void updated(Consultation c, LocalDate updatedOn) {
    outbox.record(
        c.version,
        new ConsultationUpdated(
            c.id, c.ownerId, c.status.name(), details(c), leadIn(c), updatedOn));
  }

  public void opened(Consultation c) {
    outbox.record(
        c.version,
        new ConsultationOpened(
            c.id, c.ownerId, c.status.name(), details(c), leadIn(c), c.openedOn));
  }

  public void closed(Consultation c) {
    outbox.record(
        c.version,
        new ConsultationClosed(
            c.id, c.ownerId, c.status.name(), details(c), leadIn(c), c.closedOn));
  }

  public void resultsPublished(Consultation c, ConsultationResult result) {
    outbox.record(
        c.version,
        new ConsultationResultsPublished(
            c.id,
            c.ownerId,
            c.status.name(),
            details(c),
            leadIn(c),
            result.id,
            result.externalRef,
            result.publishedOn,
            result.responseCount,
            result.firstResult));
  }

  public void outcomePublished(Consultation c) {
    outbox.record(
        c.version,
        new ConsultationOutcomePublished(
            c.id, c.ownerId, c.status.name(), details(c), leadIn(c), c.outcome.publishedOn));
  }

  public void cancelled(Consultation c) {
    outbox.record(
        c.version,
        new ConsultationCancelled(
            c.id,
            c.ownerId,
            c.status.name(),
            details(c),
            leadIn(c),
            c.cancelledOn,
            c.cancellationReason));
  }

  static ConsultationDetails details(Consultation c) {
    return new ConsultationDetails(
        c.title,
        c.audiences,
        c.methods,
        c.representativeViews,
        c.directViews,
        c.opensOn,
        c.closesOn,
        c.plannedResultsOn);
  }

  static LeadIn leadIn(Consultation c) {
    return new LeadIn(
        c.leadInDays,
        c.leadInRequiredDays,
        c.leadInRuleMet,
        c.shortLeadInReason,
        c.leadInDayCount == null ? null : c.leadInDayCount.name());
  }
}
