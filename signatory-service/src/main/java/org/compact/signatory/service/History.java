package org.compact.signatory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.compact.platform.security.Caller;
import org.compact.platform.time.TimeSource;
import org.compact.signatory.domain.HistoryAction;
import org.compact.signatory.domain.HistoryEntry;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;

/** Appends to an organisation's history in the use case's transaction. */
@ApplicationScoped
public class History {
  @Inject Caller caller;
  @Inject TimeSource time;

  @Transactional(Transactional.TxType.MANDATORY)
  public HistoryEntry record(
      Organisation organisation,
      HistoryAction action,
      SignatoryStatus fromStatus,
      LocalDate businessDate,
      Consumer<HistoryEntry> details) {
    HistoryEntry entry =
        HistoryEntry.of(
            organisation, action, fromStatus, businessDate, caller.subject(), time.now());
    details.accept(entry);
    entry.persist();
    return entry;
  }

  public List<HistoryEntry> of(UUID organisationId) {
    return HistoryEntry.list("organisationId = ?1 order by id", organisationId);
  }
}
