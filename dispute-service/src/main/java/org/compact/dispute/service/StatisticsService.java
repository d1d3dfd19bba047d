package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compact.contracts.dispute.DeadlineKind;
import org.compact.dispute.domain.DeadlineState;
import org.compact.dispute.domain.Dispute;
import org.compact.platform.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Anonymised figures for the public: counts only, never a party, a date of a case or a name. */
@ApplicationScoped
public class StatisticsService {
  @Inject ProcedureCatalogue procedures;
  @Inject TimeSource time;
  @Inject CaseDeadlines caseDeadlines;

  public record DeadlineFigures(
      @Schema(example = "3") long met,
      @Schema(example = "1") long missed,
      @Schema(example = "2") long pending) {}

  public record Figures(
      @Schema(example = "2025") int reviewYear,
      LocalDate from,
      LocalDate to,
      @Schema(example = "6") long opened,
      @Schema(example = "2") long notifiedResolvedInternally,
      @Schema(example = "4") long closed,
      Map<String, Long> byOutcome,
      Map<String, Long> byStageReached,
      Map<String, DeadlineFigures> deadlines,
      @Schema(example = "3") long summariesPublished) {}

  public Figures forYear(Integer requestedYear) {
    LocalDate today = time.today();
    int year = requestedYear == null ? procedures.reviewYearOf(today).startYear() : requestedYear;
    LocalDate from = procedures.reviewYear(year).firstDay();
    LocalDate to = procedures.reviewYear(year).lastDay();
    long opened =
        Dispute.count(
            "openedOn between ?1 and ?2 and (outcome is null or outcome <> ?3)",
            from,
            to,
            org.compact.dispute.domain.Outcome.RESOLVED_INTERNALLY);
    long internal =
        Dispute.count(
            "closedOn between ?1 and ?2 and outcome = ?3",
            from,
            to,
            org.compact.dispute.domain.Outcome.RESOLVED_INTERNALLY);
    List<Dispute> closed = Dispute.list("closedOn between ?1 and ?2", from, to);
    Map<String, Long> byOutcome = new TreeMap<>();
    Map<String, Long> byStage = new TreeMap<>();
    closed.forEach(
        d -> {
          byOutcome.merge(d.outcome.name(), 1L, Long::sum);
          byStage.merge(d.stage, 1L, Long::sum);
        });
    List<Dispute> referred = Dispute.list("receivedOn between ?1 and ?2", from, to);
    Map<String, DeadlineFigures> deadlines = new TreeMap<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      long met = 0;
      long missed = 0;
      long pending = 0;
      for (Dispute d : referred) {
        CaseDeadlines.CaseDeadline current = caseDeadlines.of(d, today).get(kind);
        if (current == null) {
          continue;
        }
        DeadlineState state = current.deadline().state(current.fulfilledOn(), d.closedOn, today);
        switch (state) {
          case MET -> met++;
          case MISSED -> missed++;
          case PENDING -> pending++;
          case NOT_NEEDED -> {}
        }
      }
      deadlines.put(kind.name(), new DeadlineFigures(met, missed, pending));
    }
    long summaries = Dispute.count("summaryPublishedOn between ?1 and ?2", from, to);
    return new Figures(
        year, from, to, opened, internal, closed.size(), byOutcome, byStage, deadlines, summaries);
  }
}
