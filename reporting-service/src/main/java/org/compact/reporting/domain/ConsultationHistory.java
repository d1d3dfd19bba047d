package org.compact.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import org.compact.contracts.consultation.ConsultationCancelled;
import org.compact.contracts.consultation.ConsultationClosed;
import org.compact.contracts.consultation.ConsultationDetails;
import org.compact.contracts.consultation.ConsultationOpened;
import org.compact.contracts.consultation.ConsultationOutcomePublished;
import org.compact.contracts.consultation.ConsultationResultsPublished;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.contracts.consultation.ConsultationUpdated;
import org.compact.contracts.consultation.LeadIn;
import org.compact.platform.time.ReviewYear;

/**
 * A consultation's latest details and lead-in (every event repeats them: the highest aggregate
 * version wins), whether and when it was cancelled, and its first results and outcome dates.
 */
public final class ConsultationHistory {
  private java.util.UUID ownerId;
  private ConsultationDetails details;
  private LeadIn leadIn;
  private long detailsVersion = Long.MIN_VALUE;
  private LocalDate cancelledOn;
  private LocalDate firstResultsOn;
  private LocalDate outcomeOn;

  public static ConsultationHistory of(List<Fact> facts) {
    ConsultationHistory history = new ConsultationHistory();
    facts.stream().sorted(Fact.BY_VERSION).forEach(history::apply);
    return history;
  }

  private void apply(Fact fact) {
    long v = fact.aggregateVersion();
    LocalDate on = fact.businessDate();
    switch (fact.payload()) {
      case ConsultationScheduled p -> details(v, p.ownerId(), p.details(), p.leadIn());
      case ConsultationUpdated p -> details(v, p.ownerId(), p.details(), p.leadIn());
      case ConsultationOpened p -> details(v, p.ownerId(), p.details(), p.leadIn());
      case ConsultationClosed p -> details(v, p.ownerId(), p.details(), p.leadIn());
      case ConsultationResultsPublished p -> {
        details(v, p.ownerId(), p.details(), p.leadIn());
        firstResultsOn = earlier(firstResultsOn, on);
      }
      case ConsultationOutcomePublished p -> {
        details(v, p.ownerId(), p.details(), p.leadIn());
        outcomeOn = earlier(outcomeOn, on);
      }
      case ConsultationCancelled p -> {
        details(v, p.ownerId(), p.details(), p.leadIn());
        cancelledOn = earlier(cancelledOn, on);
      }
      default -> {}
    }
  }

  private void details(
      long version, java.util.UUID owner, ConsultationDetails newDetails, LeadIn newLeadIn) {
    if (version >= detailsVersion) {
      detailsVersion = version;
      if (owner != null) {
        ownerId = owner;
      }
      if (newDetails != null) {
        details = newDetails;
      }
      if (newLeadIn != null) {
        leadIn = newLeadIn;
      }
    }
  }

  private static LocalDate earlier(LocalDate current, LocalDate candidate) {
    if (candidate == null) {
      return current;
    }
    return current == null || candidate.isBefore(current) ? candidate : current;
  }

  /** Not cancelled and closing in the year. */
  public boolean heldIn(ReviewYear year) {
    return cancelledOn == null && details != null && year.contains(details.closesOn());
  }

  public java.util.UUID ownerId() {
    return ownerId;
  }

  public boolean meetsLeadIn() {
    return leadIn != null && leadIn.ruleMet();
  }

  public ReportFigures.ShortLeadIn shortLeadIn() {
    return new ReportFigures.ShortLeadIn(
        details.title(),
        details.opensOn(),
        details.closesOn(),
        leadIn == null ? 0 : leadIn.days(),
        leadIn == null ? null : leadIn.shortReason());
  }

  public boolean resultsPublishedIn(ReviewYear year) {
    return year.contains(firstResultsOn);
  }

  public boolean outcomePublishedIn(ReviewYear year) {
    return year.contains(outcomeOn);
  }

  public boolean cancelledIn(ReviewYear year) {
    return year.contains(cancelledOn);
  }
}
