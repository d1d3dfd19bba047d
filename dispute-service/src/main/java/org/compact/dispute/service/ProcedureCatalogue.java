package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.compact.dispute.config.DisputeConfig;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.Procedure;
import org.compact.dispute.domain.Procedures;
import org.compact.dispute.domain.ReviewYears;
import org.compact.dispute.domain.StageDefinition;

/** The procedure new cases follow (configuration) and the one each existing case follows. */
@ApplicationScoped
public class ProcedureCatalogue {
  @Inject DisputeConfig config;

  public Procedure current() {
    return Procedures.of(config.procedure());
  }

  public Procedure of(Dispute dispute) {
    return Procedures.of(dispute.procedure);
  }

  public StageDefinition stageOf(Dispute dispute) {
    return of(dispute).stage(dispute.stage);
  }

  public ReviewYears reviewYears() {
    return ReviewYears.parse(config.reviewYearStart());
  }
}
