package org.compact.actionplan.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Supplier;
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

  /**
   * Longest time a save may take: a plan of 10,000 actions took ~30 s on a 2-core machine at load
   * 17 (bench finding 2), too close to the default 60 s transaction timeout.
   */
  static final int SAVE_TIMEOUT_SECONDS = 300;

  /**
   * Runs {@code save} (the import with its Idempotency-Key record) in one transaction of up to
   * {@value #SAVE_TIMEOUT_SECONDS} s; the transactional methods it calls join it.
   */
  @Transactional
  @TransactionConfiguration(timeout = SAVE_TIMEOUT_SECONDS)
  public <T> T inSaveTransaction(Supplier<T> save) {
    return save.get();
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
