package org.compact.actionplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.compact.actionplan.domain.Plan;
import org.compact.actionplan.domain.table.ImportResult;
import org.compact.actionplan.domain.table.PlanTableImporter;
import org.compact.actionplan.domain.table.TableFormat;
import org.compact.actionplan.domain.table.TableReader;

/** Import: parse (dry run) or parse and save all or nothing. */
@ApplicationScoped
public class ImportService {
  @Inject PlanService plans;

  /** The outcome; {@code plan} is present when it was saved. */
  public record Outcome(ImportResult result, Optional<Plan> plan) {}

  public ImportResult parse(byte[] data, TableFormat format, PlanTableImporter.Options options) {
    return PlanTableImporter.importRows(TableReader.read(data, format), options);
  }

  /** Saves only when the parse has no errors; the caller turns errors into a 422. */
  public Outcome importPlan(
      byte[] data, TableFormat format, PlanTableImporter.Options options, boolean dryRun) {
    ImportResult result = parse(data, format, options);
    if (dryRun || result.hasErrors()) {
      return new Outcome(result, Optional.empty());
    }
    return new Outcome(result, Optional.of(plans.createFromDraft(result.plan())));
  }
}
