package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.compact.dispute.config.DisputeConfig;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.Procedure;
import org.compact.dispute.domain.Procedures;
import org.compact.dispute.domain.StageDefinition;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.time.ReviewYear;

/**
 * The procedure new cases follow (configuration), the one each existing case follows, and the
 * Compact's review years.
 */
@ApplicationScoped
public class ProcedureCatalogue {
  @Inject DisputeConfig config;
  @Inject CompactConfig compact;

  public Procedure current() {
    return Procedures.of(config.procedure());
  }

  public Procedure of(Dispute dispute) {
    return Procedures.of(dispute.procedure);
  }

  public StageDefinition stageOf(Dispute dispute) {
    return of(dispute).stage(dispute.stage);
  }

  /** The review year (CompactConfig.reviewYearStart) containing {@code date}. */
  public ReviewYear reviewYearOf(LocalDate date) {
    return ReviewYear.containing(date, compact.reviewYearStart());
  }

  /** The review year starting in the calendar year {@code startYear}. */
  public ReviewYear reviewYear(int startYear) {
    return new ReviewYear(startYear, compact.reviewYearStart());
  }
}
