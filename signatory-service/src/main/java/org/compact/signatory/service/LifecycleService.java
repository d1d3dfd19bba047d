package org.compact.signatory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.ETags;
import org.compact.platform.time.TimeSource;
import org.compact.signatory.domain.HistoryAction;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;
import org.compact.signatory.events.SignatoryEvents;

/**
 * compact-admin signs, withdraws and re-signs organisations. Signing commits the organisation to
 * the whole Codes of Practice catalogue configured for this Compact at that moment.
 */
@ApplicationScoped
public class LifecycleService {
  @Inject CompactConfig compact;
  @Inject TimeSource time;
  @Inject SignatoryEvents events;
  @Inject SignatoryAccess access;
  @Inject History history;

  @Transactional
  public Organisation sign(UUID id, String ifMatch, LocalDate signedOn, String signedBy) {
    Organisation organisation = current(id, ifMatch);
    SignatoryStatus before = organisation.status;
    organisation.sign(signedOn, signedBy, compact.codesOfPractice(), time.today());
    organisation.updatedAt = time.now();
    Organisation.flush();
    events.signed(organisation);
    recordSigning(organisation, HistoryAction.SIGNED, before);
    return organisation;
  }

  @Transactional
  public Organisation resign(UUID id, String ifMatch, LocalDate signedOn, String signedBy) {
    Organisation organisation = current(id, ifMatch);
    SignatoryStatus before = organisation.status;
    organisation.resign(signedOn, signedBy, compact.codesOfPractice(), time.today());
    organisation.updatedAt = time.now();
    Organisation.flush();
    events.resigned(organisation);
    recordSigning(organisation, HistoryAction.RESIGNED, before);
    return organisation;
  }

  @Transactional
  public Organisation withdraw(UUID id, String ifMatch, LocalDate withdrawnOn, String reason) {
    Organisation organisation = current(id, ifMatch);
    SignatoryStatus before = organisation.status;
    organisation.withdraw(withdrawnOn, reason, time.today());
    organisation.updatedAt = time.now();
    Organisation.flush();
    events.withdrawn(organisation);
    history.record(
        organisation,
        HistoryAction.WITHDRAWN,
        before,
        organisation.withdrawnOn,
        entry -> entry.reason = organisation.withdrawalReason);
    return organisation;
  }

  private Organisation current(UUID id, String ifMatch) {
    Organisation organisation = access.existing(id);
    ETags.requireIfMatch(ifMatch, organisation.version);
    return organisation;
  }

  private void recordSigning(
      Organisation organisation, HistoryAction action, SignatoryStatus before) {
    history.record(
        organisation,
        action,
        before,
        organisation.signedOn,
        entry -> {
          entry.signedBy = organisation.signedBy;
          entry.codesOfPractice = new java.util.ArrayList<>(organisation.codesOfPractice);
        });
  }
}
