package org.compact.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.compact.contracts.EventCodec;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.time.ReviewYear;
import org.compact.platform.time.TimeSource;
import org.compact.reporting.config.ReportingConfig;
import org.compact.reporting.domain.AnnualReport;
import org.compact.reporting.domain.GoodPractice;
import org.compact.reporting.domain.GoodPracticeStatus;
import org.compact.reporting.domain.ReportCalculator;
import org.compact.reporting.domain.ReportContent;
import org.compact.reporting.domain.ReportSettings;
import org.compact.reporting.domain.ReportStatus;
import org.compact.reporting.domain.YearFigures;

/** The Annual Compact Report: live figures while DRAFT, the frozen snapshot once AGREED. */
@ApplicationScoped
public class ReportService {
  @Inject FactStore facts;
  @Inject ReportingConfig config;
  @Inject CompactConfig compact;
  @Inject TimeSource time;
  @Inject LiveReportCache cache;

  /** A report as the service holds it; {@code version} 0 = never agreed (no row). */
  public record Report(
      ReviewYear year,
      ReportStatus status,
      long version,
      AnnualReport row,
      ReportContent content) {}

  public ReviewYear year(int startYear) {
    return new ReviewYear(startYear, compact.reviewYearStart());
  }

  public ReviewYear currentYear() {
    return ReviewYear.containing(time.today(), compact.reviewYearStart());
  }

  @Transactional
  public Report report(int startYear) {
    ReviewYear year = year(startYear);
    Optional<AnnualReport> row = AnnualReport.findByIdOptional(startYear);
    if (row.isPresent() && row.get().snapshot != null) {
      return new Report(
          year, row.get().status, row.get().version, row.get(), read(row.get().snapshot));
    }
    return new Report(year, ReportStatus.DRAFT, 0, null, liveContent(year));
  }

  /**
   * Live figures of the year and the previous year (frozen when that one was agreed), computed once
   * per state of the read model ({@link LiveReportCache}).
   */
  ReportContent liveContent(ReviewYear year) {
    return cache.get(year.startYear(), () -> computeLiveContent(year));
  }

  private ReportContent computeLiveContent(ReviewYear year) {
    ReportCalculator calculator = calculator();
    YearFigures current = YearFigures.of(year, calculator.figures(year));
    ReviewYear before = year.previous();
    YearFigures previous =
        AnnualReport.<AnnualReport>findByIdOptional(before.startYear())
            .filter(r -> r.snapshot != null)
            .map(r -> read(r.snapshot).current())
            .orElseGet(() -> YearFigures.of(before, calculator.figures(before)));
    return new ReportContent(current, previous);
  }

  ReportCalculator calculator() {
    List<org.compact.reporting.domain.ApprovedExample> examples =
        GoodPractice.<GoodPractice>list("status", GoodPracticeStatus.APPROVED).stream()
            .map(GoodPractice::toReportExample)
            .toList();
    return new ReportCalculator(
        new ReportSettings(compact.sectors(), config.publicSector()), facts.all(), examples);
  }

  /** DRAFT → AGREED: the live figures are frozen as they are now. */
  @Transactional
  public Report agree(int startYear, String ifMatch, String by) {
    ReviewYear year = year(startYear);
    Optional<AnnualReport> existing =
        AnnualReport.findByIdOptional(startYear, LockModeType.PESSIMISTIC_WRITE);
    long current = existing.map(r -> r.version).orElse(0L);
    ETags.requireIfMatch(ifMatch, current);
    if (existing.isPresent()) {
      throw ProblemException.conflict(
          "The " + year.label() + " report is already " + existing.get().status,
          java.util.Map.of("reportStatus", existing.get().status.name()));
    }
    AnnualReport row = AnnualReport.agreed(year, write(liveContent(year)), by, time.now());
    row.persistAndFlush();
    return report(startYear);
  }

  /** AGREED → PUBLISHED: the frozen figures become public. */
  @Transactional
  public Report publish(int startYear, String ifMatch, String by) {
    ReviewYear year = year(startYear);
    Optional<AnnualReport> existing =
        AnnualReport.findByIdOptional(startYear, LockModeType.PESSIMISTIC_WRITE);
    ETags.requireIfMatch(ifMatch, existing.map(r -> r.version).orElse(0L));
    AnnualReport row =
        existing
            .filter(r -> r.status == ReportStatus.AGREED)
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "Only an AGREED report can be published; the "
                            + year.label()
                            + " report is "
                            + existing.map(r -> r.status).orElse(ReportStatus.DRAFT),
                        java.util.Map.of(
                            "reportStatus",
                            existing.map(r -> r.status).orElse(ReportStatus.DRAFT).name())));
    row.publish(by, time.now());
    return report(startYear);
  }

  @Transactional
  public List<AnnualReport> stored() {
    return AnnualReport.listAll(io.quarkus.panache.common.Sort.descending("startYear"));
  }

  static String write(ReportContent content) {
    try {
      return EventCodec.mapper().writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot freeze report figures", e);
    }
  }

  static ReportContent read(String snapshot) {
    try {
      return EventCodec.mapper().readValue(snapshot, ReportContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("frozen report figures cannot be read", e);
    }
  }
}
